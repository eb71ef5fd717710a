import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Limits of CreateProcedureDto.topics. */
export const TOPICS_MAX = 30;
export const TOPIC_MAX_LENGTH = 100;

interface TopicsInputProps {
  /** id of the text input; error summaries link here. */
  id: string;
  value: readonly string[];
  onChange: (topics: string[]) => void;
  error?: string;
}

/**
 * Topics as a list of tags: type one and press Enter (or "Hinzufügen"); each tag has its own
 * remove button. Duplicates (ignoring case) are not added twice.
 */
export function TopicsInput({ id, value, onChange, error }: TopicsInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-list`;

  const add = () => {
    const topic = draft.trim().replace(/\s+/g, ' ');
    if (!topic) return;
    if (value.some((existing) => existing.toLowerCase() === topic.toLowerCase())) {
      setMessage(t('planner.topics.duplicate', { topic }));
      return;
    }
    if (value.length >= TOPICS_MAX) {
      setMessage(t('planner.topics.tooMany', { max: TOPICS_MAX }));
      return;
    }
    onChange([...value, topic]);
    setDraft('');
    setMessage(t('planner.topics.added', { topic }));
  };

  const remove = (topic: string) => {
    onChange(value.filter((existing) => existing !== topic));
    setMessage(t('planner.topics.removed', { topic }));
    document.getElementById(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter adds the topic instead of sending the whole form.
      event.preventDefault();
      add();
    }
  };

  return (
    <div className={error ? 'field field--error topics' : 'field topics'}>
      <label htmlFor={id}>{t('planner.fields.topics')}</label>
      <span id={hintId} className="field__hint">
        {t('planner.topics.hint')}
      </span>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul id={listId} className="tag-list" aria-label={t('planner.topics.listLabel')}>
          {value.map((topic) => (
            <li key={topic} className="tag-list__item">
              <span lang="de">{topic}</span>
              <button
                type="button"
                className="tag-list__remove"
                aria-label={t('planner.topics.remove', { topic })}
                onClick={() => remove(topic)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="topics__add">
        <input
          id={id}
          type="text"
          value={draft}
          maxLength={TOPIC_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          lang="de"
        />
        <button type="button" className="button button--secondary" onClick={add}>
          {t('planner.topics.add')}
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </div>
  );
}
