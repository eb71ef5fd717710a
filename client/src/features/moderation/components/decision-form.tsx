import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DecisionFormProps {
  /** Prefix of the form's ids. */
  id: string;
  heading: string;
  /** The field that takes the focus when the form opens (and after a failed check). */
  focusId: string;
  submitLabel: string;
  tone?: 'default' | 'danger';
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of a decision that needs more than one key: heading, fields, save and cancel.
 * It opens with `focusId` focused; Escape cancels.
 */
export function DecisionForm({
  id,
  heading,
  focusId,
  submitLabel,
  tone = 'default',
  pending,
  onSubmit,
  onCancel,
  children,
}: DecisionFormProps) {
  const { t } = useTranslation();

  useEffect(() => {
    document.getElementById(focusId)?.focus();
  }, [focusId]);

  return (
    <form
      className="decision-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id={`${id}-heading`} className="decision-form__heading">
        {heading}
      </h4>
      {children}
      <div className="decision-form__actions">
        <button
          type="submit"
          className={tone === 'danger' ? 'button button--danger' : 'button'}
          disabled={pending}
        >
          {pending ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
