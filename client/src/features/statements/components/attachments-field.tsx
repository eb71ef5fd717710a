import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_COUNT,
} from '@/features/statements/constants';
import type { useAttachments } from '@/features/statements/hooks/use-attachments';
import { formatFileSize } from '@/features/statements/utils/format';

interface AttachmentsFieldProps {
  id: string;
  attachments: ReturnType<typeof useAttachments>;
  error?: string;
}

/** Optional files (PDF, PNG, JPEG), each with its upload progress and a remove button. */
export function AttachmentsField({ id, attachments, error }: AttachmentsFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { items, full } = attachments;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const inputRef = useRef<HTMLInputElement>(null);

  const remove = (key: string) => {
    attachments.remove(key);
    // The button goes with its file: continue at the file input (enabled again by then).
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{t('statements.attachments.label')}</label>
      <span id={hintId} className="field__hint">
        {t('statements.attachments.hint', {
          max: ATTACHMENT_MAX_COUNT,
          size: formatFileSize(ATTACHMENT_MAX_BYTES, language),
        })}
      </span>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        type="file"
        className="file-input"
        accept={ATTACHMENT_ACCEPT}
        multiple
        disabled={full}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Empty the input, so that the same file can be chosen again after removing it.
          event.target.value = '';
          if (files.length > 0) attachments.add(files);
        }}
      />
      {full ? (
        <p className="field__hint">
          {t('statements.attachments.full', { max: ATTACHMENT_MAX_COUNT })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="attachment-list" aria-label={t('statements.attachments.listLabel')}>
          {items.map((item) => (
            <li
              key={item.key}
              className={item.status === 'failed' ? 'attachment attachment--failed' : 'attachment'}
            >
              <div className="attachment__info">
                <span className="attachment__name">{item.name}</span>
                <span className="attachment__meta">
                  {formatFileSize(item.size, language)}
                  {' · '}
                  {item.status === 'uploading'
                    ? t('statements.attachments.statusUploading', {
                        percent: Math.round(item.progress * 100),
                      })
                    : item.status === 'done'
                      ? t('statements.attachments.statusDone')
                      : t('statements.attachments.statusFailed')}
                </span>
                {item.status === 'uploading' ? (
                  <progress
                    className="attachment__progress"
                    max={100}
                    value={Math.round(item.progress * 100)}
                    aria-label={t('statements.attachments.progressLabel', { name: item.name })}
                  />
                ) : null}
                {item.error ? <span className="attachment__error">{item.error}</span> : null}
              </div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => remove(item.key)}
              >
                {item.status === 'uploading'
                  ? t('statements.attachments.cancel')
                  : t('statements.attachments.remove')}
                <span className="visually-hidden">: {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {attachments.announcement}
      </p>
    </div>
  );
}
