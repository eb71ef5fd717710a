import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { TextAreaField } from '@/components/form/textarea-field';
import { TextField } from '@/components/form/text-field';
import { errorMessage } from '@/components/ui/error-state';
import { useClosePhase, useExtendPhase, useOpenPhase } from '@/features/phases/api/phase-actions';
import { FormDialog } from '@/features/phases/components/form-dialog';
import { phaseHeadingId } from '@/features/phases/components/phase-timeline';
import { compareIsoDates, formatIsoDate, isIsoDate } from '@/features/phases/utils/dates';
import { ApiError } from '@/lib/api-client';

/** The server's limits for a publicly shown reason (ReasonDto). */
const REASON_MIN = 5;
const REASON_MAX = 2000;

type Action = 'open' | 'extend' | 'close';

interface PhaseActionsProps {
  phase: Phase;
  /** Called with a message for the page's status region after a successful action. */
  onDone: (message: string) => void;
  /** Upcoming phases can still be changed (period, notice, texts). */
  onEdit?: (phase: Phase) => void;
}

/** The planner's buttons for one phase: open now, extend, close; each asks in a dialog. */
export function PhaseActions({ phase, onDone, onEdit }: PhaseActionsProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const name = phase.title || t(`phases.kind.${phase.kind}`);
  // Opening and closing remove the button that was pressed: continue at the phase's heading.
  const focusPhase = () =>
    window.requestAnimationFrame(() => document.getElementById(phaseHeadingId(phase.id))?.focus());

  return (
    <>
      <div className="actions">
        {phase.state === 'upcoming' && onEdit ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onEdit(phase)}
          >
            {t('phases.actions.edit')}
            <span className="visually-hidden">: {name}</span>
          </button>
        ) : null}
        {phase.state === 'upcoming' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAction('open')}
          >
            {t('phases.actions.open')}
            <span className="visually-hidden">: {name}</span>
          </button>
        ) : null}
        {phase.state !== 'closed' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAction('extend')}
          >
            {t('phases.actions.extend')}
            <span className="visually-hidden">: {name}</span>
          </button>
        ) : null}
        {phase.state === 'open' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAction('close')}
          >
            {t('phases.actions.close')}
            <span className="visually-hidden">: {name}</span>
          </button>
        ) : null}
      </div>
      {action === 'open' ? (
        <OpenDialog
          phase={phase}
          name={name}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            onDone(t('phases.actions.opened', { name }));
            focusPhase();
          }}
        />
      ) : null}
      {action === 'extend' ? (
        <ExtendDialog
          phase={phase}
          name={name}
          onClose={() => setAction(null)}
          onDone={(endDate) => {
            setAction(null);
            onDone(t('phases.actions.extended', { name, date: endDate }));
          }}
        />
      ) : null}
      {action === 'close' ? (
        <CloseDialog
          phase={phase}
          name={name}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            onDone(t('phases.actions.closed', { name }));
            focusPhase();
          }}
        />
      ) : null}
    </>
  );
}

interface DialogProps {
  phase: Phase;
  name: string;
  onClose: () => void;
}

function checkReason(reason: string, required: boolean, t: TFunction) {
  const trimmed = reason.trim();
  if (!trimmed) return required ? t('phases.errors.reasonRequired') : undefined;
  if (trimmed.length < REASON_MIN) return t('phases.errors.reasonTooShort', { min: REASON_MIN });
  if (trimmed.length > REASON_MAX) return t('phases.errors.reasonTooLong', { max: REASON_MAX });
  return undefined;
}

/** The server's message for a field, if it named one. */
function serverFieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError
    ? error.fieldErrors.find((e) => e.field === field)?.message
    : undefined;
}

function OpenDialog({ phase, name, onClose, onDone }: DialogProps & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const mutation = useOpenPhase(phase.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();

  const submit = () => {
    const problem = reason.trim() ? checkReason(reason, false, t) : undefined;
    setReasonError(problem);
    if (problem) return;
    mutation.mutate(reason.trim() || undefined, { onSuccess: onDone });
  };

  return (
    <FormDialog
      title={t('phases.actions.openTitle', { name })}
      description={
        <p>
          {t('phases.actions.openText', {
            start: formatIsoDate(phase.startDate, i18n.language, 'long'),
          })}
        </p>
      }
      submitLabel={t('phases.actions.openConfirm')}
      pendingLabel={t('common.saving')}
      pending={mutation.isPending}
      error={mutation.error ? errorMessage(mutation.error, t) : null}
      onSubmit={submit}
      onCancel={onClose}
    >
      <TextAreaField
        id={`phase-${phase.id}-open-reason`}
        label={t('phases.actions.reasonOptional')}
        hint={t('phases.actions.reasonPublic')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError ?? serverFieldError(mutation.error, 'reason')}
        rows={3}
        maxLength={REASON_MAX}
      />
    </FormDialog>
  );
}

function ExtendDialog({
  phase,
  name,
  onClose,
  onDone,
}: DialogProps & { onDone: (endDate: string) => void }) {
  const { t, i18n } = useTranslation();
  const mutation = useExtendPhase(phase.id);
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ endDate?: string; reason?: string }>({});

  const submit = () => {
    const next: { endDate?: string; reason?: string } = {};
    if (!isIsoDate(endDate)) next.endDate = t('phases.errors.dateRequired');
    else if (compareIsoDates(endDate, phase.endDate) <= 0)
      next.endDate = t('phases.errors.extendNotLater', {
        date: formatIsoDate(phase.endDate, i18n.language),
      });
    next.reason = checkReason(reason, true, t);
    setErrors(next);
    if (next.endDate || next.reason) return;
    mutation.mutate(
      { endDate, reason: reason.trim() },
      { onSuccess: () => onDone(formatIsoDate(endDate, i18n.language)) },
    );
  };

  return (
    <FormDialog
      title={t('phases.actions.extendTitle', { name })}
      description={
        <p>
          {t('phases.actions.extendText', {
            end: formatIsoDate(phase.endDate, i18n.language, 'long'),
          })}
        </p>
      }
      submitLabel={t('phases.actions.extendConfirm')}
      pendingLabel={t('common.saving')}
      pending={mutation.isPending}
      error={mutation.error ? errorMessage(mutation.error, t) : null}
      onSubmit={submit}
      onCancel={onClose}
    >
      <TextField
        id={`phase-${phase.id}-extend-end`}
        type="date"
        label={t('phases.actions.newEnd')}
        value={endDate}
        min={phase.endDate}
        onChange={(event) => setEndDate(event.target.value)}
        error={errors.endDate ?? serverFieldError(mutation.error, 'endDate')}
        required
      />
      <TextAreaField
        id={`phase-${phase.id}-extend-reason`}
        label={t('phases.actions.reason')}
        hint={t('phases.actions.reasonPublic')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason ?? serverFieldError(mutation.error, 'reason')}
        rows={3}
        maxLength={REASON_MAX}
        required
      />
    </FormDialog>
  );
}

function CloseDialog({ phase, name, onClose, onDone }: DialogProps & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const mutation = useClosePhase(phase.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();

  const submit = () => {
    const problem = checkReason(reason, true, t);
    setReasonError(problem);
    if (problem) return;
    mutation.mutate(reason.trim(), { onSuccess: onDone });
  };

  return (
    <FormDialog
      title={t('phases.actions.closeTitle', { name })}
      description={
        <p>
          {t('phases.actions.closeText', {
            end: formatIsoDate(phase.endDate, i18n.language, 'long'),
          })}
        </p>
      }
      submitLabel={t('phases.actions.closeConfirm')}
      pendingLabel={t('common.saving')}
      pending={mutation.isPending}
      error={mutation.error ? errorMessage(mutation.error, t) : null}
      tone="danger"
      onSubmit={submit}
      onCancel={onClose}
    >
      <TextAreaField
        id={`phase-${phase.id}-close-reason`}
        label={t('phases.actions.reason')}
        hint={t('phases.actions.reasonPublic')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError ?? serverFieldError(mutation.error, 'reason')}
        rows={3}
        maxLength={REASON_MAX}
        required
      />
    </FormDialog>
  );
}
