import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfig } from '@/api/get-config';
import type { Phase, Procedure } from '@/api/types';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { useFormErrors } from '@/components/form/use-form-errors';
import { collectErrors } from '@/components/form/validation';
import { useRecordStatement } from '@/features/statements/api/record-statement';
import { AttachmentsField } from '@/features/statements/components/attachments-field';
import {
  EMPTY_LOCATION,
  LocationField,
  type LocationValue,
} from '@/features/statements/components/location-field';
import { StatementTextField } from '@/features/statements/components/statement-text-field';
import {
  EMPTY_SUBMITTER,
  SubmitterFields,
  type SubmitterValue,
} from '@/features/statements/components/submitter-fields';
import { useAttachments } from '@/features/statements/hooks/use-attachments';
import { berlinToIso } from '@/features/statements/utils/berlin-time';
import {
  checkLocation,
  checkSubmitter,
  locationGeometry,
  submitterInput,
} from '@/features/statements/utils/form-checks';
import { formatDay } from '@/features/statements/utils/format';

/** How a statement reached the office (the public form is `platform`). */
const CHANNELS = ['letter', 'email', 'in_person'] as const;
type IntakeChannel = (typeof CHANNELS)[number];

const FIELDS = [
  'phaseId',
  'channel',
  'receivedAt',
  'text',
  'attachmentIds',
  'geometry',
  'submitter.type',
  'submitter.name',
  'submitter.organisation',
  'submitter.street',
  'submitter.postcode',
  'submitter.city',
  'submitter.email',
] as const;

interface IntakeFormProps {
  procedure: Pick<Procedure, 'id' | 'title' | 'area' | 'bbox'> & { phases: readonly Phase[] };
}

/**
 * The planners' form for statements that came by post, e-mail or were taken down in person:
 * when it arrived and how, the scanned letter, the place on the map. A statement received
 * after the phase's last day is recorded as late (it is kept; docs/domain.md#1-phases-and-deadlines), and the form
 * says so before it is saved.
 */
export function IntakeForm({ procedure }: IntakeFormProps) {
  const { t } = useTranslation();
  const phases = procedure.phases.filter((phase) => phase.state !== 'upcoming');
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState<{ reference: string; late: boolean } | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);

  // After saving, the confirmation takes the focus; the emptied form follows it.
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  return (
    <section aria-labelledby="intake-heading" className="planner-section">
      <h2 id="intake-heading">{t('statements.intake.heading')}</h2>
      <p className="hint">{t('statements.intake.intro')}</p>
      <div role="status" className="live-message">
        {saved ? (
          <p ref={savedRef} tabIndex={-1} className="notice notice--success">
            {t(saved.late ? 'statements.intake.savedLate' : 'statements.intake.saved', {
              reference: saved.reference,
            })}
          </p>
        ) : null}
      </div>
      {phases.length === 0 ? (
        <p>{t('statements.intake.noPhase')}</p>
      ) : (
        <IntakeFields
          key={round}
          procedure={procedure}
          phases={phases}
          onSaved={(result) => {
            setSaved(result);
            setRound((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}

interface IntakeFieldsProps extends IntakeFormProps {
  phases: readonly Phase[];
  onSaved: (result: { reference: string; late: boolean }) => void;
}

function IntakeFields({ procedure, phases, onSaved }: IntakeFieldsProps) {
  const { t, i18n } = useTranslation();
  const record = useRecordStatement(procedure.id);
  const areaBuffer = useConfig().data?.statements.areaBufferM;
  const radioName = useId();
  const [phaseId, setPhaseId] = useState(
    () => (phases.find((phase) => phase.state === 'open') ?? phases.at(-1))?.id ?? '',
  );
  const [channel, setChannel] = useState<IntakeChannel | ''>('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('12:00');
  const [text, setText] = useState('');
  const [location, setLocation] = useState<LocationValue>(EMPTY_LOCATION);
  const [submitter, setSubmitter] = useState<SubmitterValue>(EMPTY_SUBMITTER);
  const attachments = useAttachments(phaseId);
  const phase = phases.find((candidate) => candidate.id === phaseId);
  const receivedAt = berlinToIso(date, time);
  const late = Boolean(phase && date && receivedAt && date > phase.endDate);

  const check = () =>
    collectErrors({
      phaseId: !phase ? t('statements.intake.errors.phase') : undefined,
      channel: !channel ? t('statements.intake.errors.channel') : undefined,
      receivedAt: !receivedAt ? t('statements.intake.errors.receivedAt') : undefined,
      text: !text.trim() ? t('statements.intake.errors.text') : undefined,
      attachmentIds: attachments.uploading
        ? t('statements.form.errors.attachmentsUploading')
        : attachments.failed
          ? t('statements.form.errors.attachmentsFailed')
          : undefined,
      geometry: checkLocation(location, procedure.area, areaBuffer, t),
      ...checkSubmitter(submitter, t),
    });
  const form = useFormErrors({
    idPrefix: 'intake',
    serverError: record.error,
    fields: FIELDS,
    failureTitle: t('statements.intake.failed'),
    current: check(),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const errors = check();
    if (errors || !channel || !receivedAt) {
      form.rejectLocally(errors ?? {});
      return;
    }
    form.clearLocal();
    const geometry = locationGeometry(location);
    record.mutate(
      {
        phaseId,
        channel,
        receivedAt,
        text,
        ...(geometry ? { geometry } : {}),
        submitter: submitterInput(submitter),
        ...(attachments.ids.length > 0 ? { attachmentIds: attachments.ids } : {}),
      },
      {
        onSuccess: (receipt) => onSaved({ reference: receipt.reference, late }),
        onError: form.onServerError,
      },
    );
  };

  const channelError = form.errorOf('channel');
  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="intake-heading"
    >
      {form.summary ? <ErrorSummary {...form.summary} /> : null}
      <div className={form.errorOf('phaseId') ? 'field field--error' : 'field'}>
        <label htmlFor={form.fieldId('phaseId')}>{t('statements.intake.phase')}</label>
        <select
          id={form.fieldId('phaseId')}
          value={phaseId}
          onChange={(event) => setPhaseId(event.target.value)}
        >
          {phases.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title || t(`phases.kind.${option.kind}`)} (
              {t('statements.intake.phaseEnd', { date: formatDay(option.endDate, i18n.language) })})
            </option>
          ))}
        </select>
      </div>

      <fieldset
        className={channelError ? 'fieldset field--error' : 'fieldset'}
        aria-describedby={channelError ? `${form.fieldId('channel')}-error` : undefined}
      >
        <legend className="fieldset__legend">{t('statements.intake.channel')}</legend>
        {channelError ? (
          <p id={`${form.fieldId('channel')}-error`} className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {channelError}
          </p>
        ) : null}
        <div className="radios">
          {CHANNELS.map((option, index) => (
            <div className="radio" key={option}>
              <input
                id={index === 0 ? form.fieldId('channel') : `${form.fieldId('channel')}-${option}`}
                type="radio"
                name={radioName}
                value={option}
                checked={channel === option}
                onChange={() => setChannel(option)}
              />
              <label
                htmlFor={
                  index === 0 ? form.fieldId('channel') : `${form.fieldId('channel')}-${option}`
                }
              >
                {t(`statements.intake.channels.${option}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="form__row">
        <TextField
          id={form.fieldId('receivedAt')}
          type="date"
          label={t('statements.intake.receivedDate')}
          hint={t('statements.intake.receivedDateHint')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={form.errorOf('receivedAt')}
          required
        />
        <TextField
          id={`${form.fieldId('receivedAt')}-time`}
          type="time"
          label={t('statements.intake.receivedTime')}
          value={time}
          onChange={(event) => setTime(event.target.value)}
          required
        />
      </div>
      <div role="status" className="live-message">
        {phase && date && receivedAt ? (
          <p className={late ? 'notice notice--warning' : 'notice'}>
            {late
              ? t('statements.intake.late', {
                  date: formatDay(phase.endDate, i18n.language),
                })
              : t('statements.intake.inTime')}
          </p>
        ) : null}
      </div>

      <StatementTextField
        id={form.fieldId('text')}
        value={text}
        onChange={setText}
        error={form.errorOf('text')}
        label={t('statements.intake.text')}
      />
      <AttachmentsField
        id={form.fieldId('attachmentIds')}
        attachments={attachments}
        error={form.errorOf('attachmentIds')}
      />
      <LocationField
        id={form.fieldId('geometry')}
        procedure={procedure}
        value={location}
        onChange={setLocation}
        error={form.errorOf('geometry')}
      />
      <SubmitterFields
        fieldId={form.fieldId}
        errorOf={form.errorOf}
        value={submitter}
        onChange={setSubmitter}
      />
      <button type="submit" className="button" disabled={record.isPending}>
        {record.isPending ? t('common.saving') : t('statements.intake.submit')}
      </button>
    </form>
  );
}
