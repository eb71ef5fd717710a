import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ModerationMode, Phase, PhaseKind } from '@/api/types';
import { ErrorSummary } from '@/components/form/error-summary';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/textarea-field';
import { TextField } from '@/components/form/text-field';
import { useFormErrors, type FieldErrors } from '@/components/form/use-form-errors';
import { collectErrors } from '@/components/form/validation';
import { useCreatePhase } from '@/features/phases/api/create-phase';
import { useDeadline } from '@/features/phases/api/get-deadline';
import { useUpdatePhase } from '@/features/phases/api/update-phase';
import {
  MODERATION_MODES,
  PHASE_KINDS,
  defaultModerationMode,
  isPhaseKind,
  needsNotice,
} from '@/features/phases/constants';
import { compareIsoDates, formatIsoDate, isIsoDate } from '@/features/phases/utils/dates';
import { ApiError } from '@/lib/api-client';

/** Limits of CreatePhaseDto. */
const TITLE_MAX = 200;
const TEXT_MAX = 5000;
const REASON_MIN = 5;
const REASON_MAX = 2000;

const FIELDS = [
  'kind',
  'title',
  'startDate',
  'endDate',
  'shortenedReason',
  'noticePublishedOn',
  'environmentalInformation',
  'areaDescription',
  'moderationMode',
] as const;

interface PhaseFormProps {
  procedureId: string;
  /** An upcoming phase to change; without, a new phase is scheduled. */
  phase?: Phase;
  /** id of the heading that names the form. */
  labelledBy: string;
  onSaved: (phase: Phase) => void;
  onCancel: () => void;
}

/** The legal minimum end the server named when it refused a too short period. */
function minimumFromError(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'PHASE_TOO_SHORT') return null;
  const value = error.body.legalMinimumEnd;
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/**
 * Schedules (or changes) a consultation phase. The legal minimum end for the kind and first day
 * comes from the server's deadline calculator; an earlier end shows a warning and needs a
 * reason, which the server records with the phase.
 */
export function PhaseForm({ procedureId, phase, labelledBy, onSaved, onCancel }: PhaseFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const create = useCreatePhase(procedureId);
  const update = useUpdatePhase(phase?.id ?? '');
  const mutation = phase ? update : create;

  const [kind, setKind] = useState<PhaseKind>(phase?.kind ?? 'early_public');
  const [title, setTitle] = useState(phase?.title ?? '');
  const [startDate, setStartDate] = useState(phase?.startDate ?? '');
  const [endDate, setEndDate] = useState(phase?.endDate ?? '');
  const [shortenedReason, setShortenedReason] = useState(phase?.shortenedReason ?? '');
  const [noticePublishedOn, setNoticePublishedOn] = useState(phase?.notice.publishedOn ?? '');
  const [environmentalInformation, setEnvironmentalInformation] = useState(
    phase?.notice.environmentalInformation ?? '',
  );
  const [areaDescription, setAreaDescription] = useState(phase?.notice.areaDescription ?? '');
  const [moderationMode, setModerationMode] = useState<ModerationMode | null>(
    phase?.moderationMode ?? null,
  );
  const moderation = moderationMode ?? defaultModerationMode(kind);

  const deadline = useDeadline(kind, startDate);
  const minimumEnd =
    (deadline.data?.startDate === startDate ? deadline.data.minimumEnd : null) ??
    minimumFromError(mutation.error);
  const tooShort = !!minimumEnd && isIsoDate(endDate) && compareIsoDates(endDate, minimumEnd) < 0;
  const noticeRequired = needsNotice(kind);

  const errors = useFormErrors({ idPrefix: 'phase', serverError: mutation.error, fields: FIELDS });
  const id = errors.fieldId;

  const validate = (): FieldErrors | null => {
    const found: FieldErrors = {};
    if (!isIsoDate(startDate)) found.startDate = t('phases.errors.startRequired');
    if (!isIsoDate(endDate)) found.endDate = t('phases.errors.endRequired');
    else if (isIsoDate(startDate) && compareIsoDates(endDate, startDate) < 0)
      found.endDate = t('phases.errors.endBeforeStart');
    if (tooShort) {
      const reason = shortenedReason.trim();
      if (!reason) found.shortenedReason = t('phases.errors.shortenedReasonRequired');
      else if (reason.length < REASON_MIN)
        found.shortenedReason = t('phases.errors.reasonTooShort', { min: REASON_MIN });
    }
    if (noticePublishedOn && !isIsoDate(noticePublishedOn))
      found.noticePublishedOn = t('phases.errors.dateInvalid');
    else if (noticeRequired && !noticePublishedOn)
      found.noticePublishedOn = t('phases.errors.noticeRequired');
    else if (
      noticeRequired &&
      isIsoDate(startDate) &&
      compareIsoDates(noticePublishedOn, startDate) >= 0
    )
      found.noticePublishedOn = t('phases.errors.noticeBeforeStart');
    return collectErrors(found);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    if (found) {
      errors.rejectLocally(found);
      return;
    }
    errors.clearLocal();
    const reason = tooShort ? shortenedReason.trim() : undefined;
    const common = {
      startDate,
      endDate,
      moderationMode: moderation,
      noticePublishedOn: noticePublishedOn || undefined,
      environmentalInformation,
      areaDescription,
      shortenedReason: reason,
    };
    const options = { onSuccess: onSaved, onError: errors.onServerError };
    if (phase) update.mutate({ ...common, title: title.trim() }, options);
    else create.mutate({ ...common, kind, title: title.trim() || undefined }, options);
  };

  const deadlineHint = !isIsoDate(startDate)
    ? t('phases.deadline.chooseStart')
    : deadline.isPending
      ? t('phases.deadline.loading')
      : deadline.isError
        ? t('phases.deadline.unavailable')
        : deadline.data.minimumEnd
          ? t('phases.deadline.minimum', {
              date: formatIsoDate(deadline.data.minimumEnd, language),
            })
          : t('phases.deadline.none', { date: formatIsoDate(deadline.data.proposedEnd, language) });
  const proposedEnd = deadline.data?.startDate === startDate ? deadline.data.proposedEnd : null;

  return (
    <form
      className="form form--wide phase-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={labelledBy}
    >
      {errors.summary ? (
        <ErrorSummary
          title={errors.summary.title}
          detail={errors.summary.detail}
          items={errors.summary.items}
          focusKey={errors.summary.focusKey}
        />
      ) : null}

      <SelectField
        id={id('kind')}
        label={t('phases.fields.kind')}
        value={kind}
        disabled={!!phase}
        onChange={(event) => {
          if (isPhaseKind(event.target.value)) setKind(event.target.value);
        }}
        error={errors.errorOf('kind')}
      >
        {PHASE_KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`phases.kind.${value}`)}
            {t(`phases.law.${value}`) ? ` (${t(`phases.law.${value}`)})` : ''}
          </option>
        ))}
      </SelectField>

      <TextField
        id={id('title')}
        label={t('phases.fields.titleOptional')}
        hint={t('phases.fields.titleHint')}
        value={title}
        maxLength={TITLE_MAX}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.errorOf('title')}
        lang="de"
      />

      <div className="form__row">
        <TextField
          id={id('startDate')}
          type="date"
          label={t('phases.fields.startDate')}
          hint={t('phases.fields.startDateHint')}
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          error={errors.errorOf('startDate')}
          required
        />
        <TextField
          id={id('endDate')}
          type="date"
          label={t('phases.fields.endDate')}
          hint={deadlineHint}
          value={endDate}
          min={startDate || undefined}
          onChange={(event) => setEndDate(event.target.value)}
          error={errors.errorOf('endDate')}
          required
        />
      </div>
      {proposedEnd && proposedEnd !== endDate ? (
        <p className="form__inline-action">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEndDate(proposedEnd)}
          >
            {t('phases.deadline.useProposed', { date: formatIsoDate(proposedEnd, language) })}
          </button>
        </p>
      ) : null}

      <div aria-live="polite" className="phase-form__warning">
        {tooShort && minimumEnd ? (
          <div className="notice notice--warning">
            <p className="notice__title">{t('phases.deadline.warningTitle')}</p>
            <p>{t('phases.deadline.warning', { date: formatIsoDate(minimumEnd, language) })}</p>
          </div>
        ) : null}
      </div>
      {tooShort ? (
        <TextAreaField
          id={id('shortenedReason')}
          label={t('phases.fields.shortenedReason')}
          hint={t('phases.fields.shortenedReasonHint')}
          value={shortenedReason}
          maxLength={REASON_MAX}
          rows={3}
          onChange={(event) => setShortenedReason(event.target.value)}
          error={errors.errorOf('shortenedReason')}
          required
          lang="de"
        />
      ) : null}

      <fieldset className="fieldset fieldset--framed">
        <legend className="fieldset__legend">{t('phases.fields.noticeLegend')}</legend>
        <p className="fieldset__hint">{t('phases.fields.noticeIntro')}</p>
        <TextField
          id={id('noticePublishedOn')}
          type="date"
          label={
            noticeRequired
              ? t('phases.fields.noticePublishedOn')
              : t('phases.fields.noticePublishedOnOptional')
          }
          hint={t('phases.fields.noticePublishedOnHint')}
          value={noticePublishedOn}
          max={startDate || undefined}
          onChange={(event) => setNoticePublishedOn(event.target.value)}
          error={errors.errorOf('noticePublishedOn')}
          required={noticeRequired}
        />
        <TextAreaField
          id={id('environmentalInformation')}
          label={t('phases.fields.environmentalInformation')}
          hint={t('phases.fields.environmentalInformationHint')}
          value={environmentalInformation}
          maxLength={TEXT_MAX}
          rows={3}
          onChange={(event) => setEnvironmentalInformation(event.target.value)}
          error={errors.errorOf('environmentalInformation')}
          lang="de"
        />
        <TextAreaField
          id={id('areaDescription')}
          label={t('phases.fields.areaDescription')}
          hint={t('phases.fields.areaDescriptionHint')}
          value={areaDescription}
          maxLength={TEXT_MAX}
          rows={3}
          onChange={(event) => setAreaDescription(event.target.value)}
          error={errors.errorOf('areaDescription')}
          lang="de"
        />
      </fieldset>

      <fieldset className="fieldset" id={id('moderationMode')} tabIndex={-1}>
        <legend className="fieldset__legend fieldset__legend--small">
          {t('phases.fields.moderationMode')}
        </legend>
        <div className="radios">
          {MODERATION_MODES.map((mode) => (
            <div className="radio" key={mode}>
              <input
                type="radio"
                id={id(`moderation-${mode}`)}
                name="moderationMode"
                value={mode}
                checked={moderation === mode}
                onChange={() => setModerationMode(mode)}
              />
              <label htmlFor={id(`moderation-${mode}`)}>{t(`phases.moderation.${mode}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending
            ? t('common.saving')
            : phase
              ? t('phases.form.saveChanges')
              : t('phases.form.create')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
