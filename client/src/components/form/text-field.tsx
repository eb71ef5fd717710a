import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-invalid' | 'aria-describedby'
> {
  id: string;
  label: string;
  /** Shown between label and input, and read with the input (aria-describedby). */
  hint?: ReactNode;
  /** The error to show at the field; marks the input as invalid. */
  error?: string;
  /** Rendered after the input, inside the field (e.g. "show password"). */
  after?: ReactNode;
}

/**
 * A labelled input with its hint and error message, both tied to the input with
 * aria-describedby; an error also sets aria-invalid (WCAG 1.3.1, 3.3.1, 3.3.2).
 */
export function TextField({ id, label, hint, error, after, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {after}
    </div>
  );
}
