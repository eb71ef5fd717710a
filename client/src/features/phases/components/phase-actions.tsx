import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { TextAreaField } from '@/components/form/textarea-field';
import { TextField } from '@/components/form/text-field';
import { errorMessage } from '@/components/ui/error-state';
import { usePhaseAction, type PhaseAction } from '@/features/phases/api/phase-actions';
import { FormDialog } from '@/features/phases/components/form-dialog';
import { phaseHeadingId } from '@/features/phases/components/phase-timeline';
import { checkPhaseAction, REASON_MAX } from '@/features/phases/utils/phase-action';
import { formatIsoDate } from '@/features/phases/utils/dates';
import { ApiError } from '@/lib/api-client';

interface PhaseActionsProps {
  phase: Phase;
  /** The procedure is not published yet: opening a phase warns that residents cannot see it. */
  procedureIsDraft?: boolean;
  /** Called with a message for the page's status region after a successful action. */
  onDone: (message: string) => void;
  /** Upcoming phases can still be changed (period, notice, texts). */
  onEdit?: (phase: Phase) => void;
}

const DONE_MESSAGES = {
  open: 'phases.actions.opened',
  extend: 'phases.actions.extended',
  close: 'phases.actions.closed',
} as const satisfies Record<PhaseAction, string>;

/** Which actions a phase in its state offers, in the order of the buttons. */
function actionsFor(phase: Phase): PhaseAction[] {
  switch (phase.state) {
    case 'upcoming':
      return ['open', 'extend'];
    case 'open':
      return ['extend', 'close'];
    case 'closed':
      return [];
  }
}

/** The planner's buttons for one phase: open now, extend, close; each asks in a dialog. */
export function PhaseActions({
  phase,
  procedureIsDraft = false,
  onDone,
  onEdit,
}: PhaseActionsProps) {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState<PhaseAction | null>(null);
  const name = phase.title || t(`phases.kind.${phase.kind}`);

  const done = (finished: PhaseAction, endDate: string) => {
    setAction(null);
    const date = formatIsoDate(endDate, i18n.language);
    onDone(t(DONE_MESSAGES[finished], { name, date }));
    // Opening and closing remove the button that was pressed: continue at the phase's heading.
    if (finished !== 'extend') {
      window.requestAnimationFrame(() =>
        document.getElementById(phaseHeadingId(phase.id))?.focus(),
      );
    }
  };

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
        {actionsFor(phase).map((option) => (
          <button
            key={option}
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAction(option)}
          >
            {t(`phases.actions.${option}`)}
            <span className="visually-hidden">: {name}</span>
          </button>
        ))}
      </div>
      {action ? (
        <PhaseActionDialog
          key={action}
          action={action}
          phase={phase}
          name={name}
          draft={procedureIsDraft}
          onClose={() => setAction(null)}
          onDone={(endDate) => done(action, endDate)}
        />
      ) : null}
    </>
  );
}

interface PhaseActionDialogProps {
  action: PhaseAction;
  phase: Phase;
  name: string;
  /** The procedure is not published yet. */
  draft: boolean;
  onClose: () => void;
  onDone: (endDate: string) => void;
}

/** The server's message for a field, if it named one. */
function serverFieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError
    ? error.fieldErrors.find((e) => e.field === field)?.message
    : undefined;
}

/**
 * One dialog for the three actions: a reason (optional only for opening; always shown
 * publicly) and, to extend, the new last day. Errors clear as soon as the field is valid.
 */
function PhaseActionDialog({
  action,
  phase,
  name,
  draft,
  onClose,
  onDone,
}: PhaseActionDialogProps) {
  const { t, i18n } = useTranslation();
  const mutation = usePhaseAction(phase.id, action);
  const [values, setValues] = useState({ reason: '', endDate: '' });
  const [errors, setErrors] = useState<{ endDate?: string; reason?: string }>({});
  const [submitted, setSubmitted] = useState(false);
  const check = (next: typeof values) => checkPhaseAction(action, phase, next, t, i18n.language);

  const change = (field: keyof typeof values, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) setErrors(check(next));
  };

  const submit = () => {
    const problems = check(values);
    setSubmitted(true);
    setErrors(problems);
    if (problems.endDate || problems.reason) return;
    mutation.mutate(
      { reason: values.reason.trim(), endDate: values.endDate },
      { onSuccess: () => onDone(values.endDate) },
    );
  };

  const idPrefix = `phase-${phase.id}-${action}`;
  const reasonRequired = action !== 'open';
  return (
    <FormDialog
      title={t(`phases.actions.${action}Title`, { name })}
      description={
        <>
          <p>
            {t(`phases.actions.${action}Text`, {
              start: formatIsoDate(phase.startDate, i18n.language, 'long'),
              end: formatIsoDate(phase.endDate, i18n.language, 'long'),
            })}
          </p>
          {action === 'open' && draft ? (
            <p className="notice notice--warning">{t('phases.actions.openDraftWarning')}</p>
          ) : null}
        </>
      }
      submitLabel={t(`phases.actions.${action}Confirm`)}
      pendingLabel={t('common.saving')}
      pending={mutation.isPending}
      error={mutation.error ? errorMessage(mutation.error, t) : null}
      tone={action === 'close' ? 'danger' : 'default'}
      onSubmit={submit}
      onCancel={onClose}
    >
      {action === 'extend' ? (
        <TextField
          id={`${idPrefix}-end`}
          type="date"
          label={t('phases.actions.newEnd')}
          value={values.endDate}
          min={phase.endDate}
          onChange={(event) => change('endDate', event.target.value)}
          error={errors.endDate ?? serverFieldError(mutation.error, 'endDate')}
          required
        />
      ) : null}
      <TextAreaField
        id={`${idPrefix}-reason`}
        label={reasonRequired ? t('phases.actions.reason') : t('phases.actions.reasonOptional')}
        hint={t('phases.actions.reasonPublic')}
        value={values.reason}
        onChange={(event) => change('reason', event.target.value)}
        error={errors.reason ?? serverFieldError(mutation.error, 'reason')}
        rows={3}
        maxLength={REASON_MAX}
        required={reasonRequired}
      />
    </FormDialog>
  );
}
