import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { STATEMENT_MAX_CHARS } from '@/features/statements/constants';
import { formatCount } from '@/features/statements/utils/format';

interface StatementTextFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Another label than "Ihr Text", e.g. for staff transcribing a letter. */
  label?: string;
}

/** Milliseconds of typing pause before the remaining characters are announced. */
const ANNOUNCE_DELAY = 1000;

/**
 * The statement text with a character count (GOV.UK pattern): the count is shown while typing
 * and announced to screen readers only after a pause, so that it does not interrupt typing.
 * Going over the limit is allowed while writing and shown, never silently cut off.
 */
export function StatementTextField({ id, value, onChange, error, label }: StatementTextFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const length = value.length;
  const remaining = STATEMENT_MAX_CHARS - length;
  const countText =
    remaining >= 0
      ? t('statements.form.text.remaining', {
          count: remaining,
          remaining: formatCount(remaining, language),
          max: formatCount(STATEMENT_MAX_CHARS, language),
        })
      : t('statements.form.text.tooMany', {
          count: -remaining,
          over: formatCount(-remaining, language),
        });
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    // Nothing to announce before the first character.
    if (length === 0) return;
    const timer = window.setTimeout(() => setAnnounced(countText), ANNOUNCE_DELAY);
    return () => window.clearTimeout(timer);
  }, [countText, length]);

  const hintId = `${id}-hint`;
  const limitId = `${id}-limit`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, limitId, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label--large">
        {label ?? t('statements.form.text.label')}
      </label>
      <span id={hintId} className="field__hint">
        {t('statements.form.text.hint')}
      </span>
      <span id={limitId} className="visually-hidden">
        {t('statements.form.text.limit', { max: formatCount(STATEMENT_MAX_CHARS, language) })}
      </span>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name="text"
        rows={12}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        required
        spellCheck
      />
      <p
        className={remaining < 0 ? 'char-count char-count--over' : 'char-count'}
        aria-hidden="true"
      >
        {countText}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
