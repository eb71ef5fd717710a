import { useTranslation } from 'react-i18next';

import type { ProcedureDocument } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { fileTypeLabel, formatFileSize } from '@/lib/format';
import '@/features/procedures/procedure-documents.css';

/** id of the documents heading: the public notice links here ("URL of the documents"). */
export const DOCUMENTS_ANCHOR = 'unterlagen';

/** The procedure's documents (Unterlagen): title, kind, file type and size, as links. */
export function ProcedureDocuments({ documents }: { documents: readonly ProcedureDocument[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={DOCUMENTS_ANCHOR} className="procedure-documents">
      <h2 id={DOCUMENTS_ANCHOR} tabIndex={-1}>
        {t('documents.heading')}
      </h2>
      {documents.length === 0 ? (
        <p>{t('documents.empty')}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id} className="document-list__item">
              <a href={document.url} type={document.mediaType} className="document-list__link">
                <span lang={CONTENT_LANGUAGE}>{document.title}</span>
                <span className="visually-hidden">
                  {' '}
                  ({fileTypeLabel(document.mediaType)},{' '}
                  {formatFileSize(document.size, i18n.language)})
                </span>
              </a>
              <span className="document-list__meta" aria-hidden="true">
                {t(`documents.kind.${document.kind}`)} · {fileTypeLabel(document.mediaType)} ·{' '}
                {formatFileSize(document.size, i18n.language)}
              </span>
              <span className="visually-hidden">{t(`documents.kind.${document.kind}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 ? <p className="hint">{t('documents.accessibleHint')}</p> : null}
    </section>
  );
}
