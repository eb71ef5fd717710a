import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionError } from '@/features/assessment/components/action-error';
import {
  downloadExport,
  saveFile,
  type ExportProgress,
} from '@/features/assessment/api/download-export';
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_KINDS,
  EXPORT_VARIANTS,
  type ExportKind,
  type ExportVariant,
} from '@/features/assessment/constants';
import { formatFileSize } from '@/lib/format';

type Download =
  | { state: 'idle' }
  | { state: 'running'; kind: ExportKind; progress: ExportProgress }
  | { state: 'done'; kind: ExportKind; bytes: number }
  | { state: 'failed'; kind: ExportKind; error: unknown };

/**
 * Exports for the council: XLSX, CSV, PDF report and GeoJSON, anonymised (default) or named
 * (internal, logged). The file streams in; the bytes received are shown while it loads.
 */
export function ExportsPanel({ procedureId }: { procedureId: string }) {
  const { t, i18n } = useTranslation();
  const [variant, setVariant] = useState<ExportVariant>('anonymised');
  const [download, setDownload] = useState<Download>({ state: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const running = download.state === 'running';

  const start = async (kind: ExportKind) => {
    const controller = new AbortController();
    abortRef.current = controller;
    setDownload({ state: 'running', kind, progress: { received: 0, total: null } });
    try {
      const file = await downloadExport(
        procedureId,
        kind,
        variant,
        (progress) => setDownload({ state: 'running', kind, progress }),
        controller.signal,
      );
      saveFile(file);
      setDownload({ state: 'done', kind, bytes: file.blob.size });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setDownload({ state: 'idle' });
      } else {
        setDownload({ state: 'failed', kind, error });
      }
    } finally {
      abortRef.current = null;
    }
  };

  const size = (bytes: number) => formatFileSize(bytes, i18n.language);

  return (
    <section aria-labelledby="assessment-exports-heading" className="assessment-section">
      <h2 id="assessment-exports-heading">{t('assessment.exports.heading')}</h2>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('assessment.exports.variant')}</legend>
        {EXPORT_VARIANTS.map((value) => (
          <div className="radio" key={value}>
            <input
              id={`export-variant-${value}`}
              type="radio"
              name="export-variant"
              value={value}
              checked={variant === value}
              onChange={() => setVariant(value)}
              aria-describedby={value === 'named_internal' ? 'export-named-note' : undefined}
            />
            <label htmlFor={`export-variant-${value}`}>{t(`assessment.exports.${value}`)}</label>
          </div>
        ))}
        <p id="export-named-note" className="fieldset__hint">
          {t('assessment.exports.namedNote')}
        </p>
      </fieldset>
      <div className="actions">
        {EXPORT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--secondary"
            disabled={running}
            onClick={() => void start(kind)}
          >
            {t(`assessment.exports.kind.${kind}`)}
          </button>
        ))}
        {running ? (
          <button
            type="button"
            className="button button--link"
            onClick={() => abortRef.current?.abort()}
          >
            {t('assessment.exports.cancel')}
          </button>
        ) : null}
      </div>
      <div role="status" className="assessment-export__status">
        {download.state === 'running' ? (
          <p>
            <span className="spinner" aria-hidden="true" />{' '}
            {download.progress.total
              ? t('assessment.exports.progressOf', {
                  kind: EXPORT_FORMAT_NAMES[download.kind],
                  received: size(download.progress.received),
                  total: size(download.progress.total),
                })
              : t('assessment.exports.progress', {
                  kind: EXPORT_FORMAT_NAMES[download.kind],
                  received: size(download.progress.received),
                })}
          </p>
        ) : download.state === 'done' ? (
          <p className="notice notice--success">
            {t('assessment.exports.done', {
              kind: EXPORT_FORMAT_NAMES[download.kind],
              size: size(download.bytes),
            })}
          </p>
        ) : null}
      </div>
      {download.state === 'failed' ? <ActionError error={download.error} /> : null}
    </section>
  );
}
