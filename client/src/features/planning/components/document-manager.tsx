import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { DocumentKind, ProcedureDocument } from '@/api/types';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/components/ui/error-state';
import { TableRegion } from '@/components/ui/table-region';
import { CONTENT_LANGUAGE } from '@/config/site';
import { useDeleteDocument, useUploadDocument } from '@/features/planning/api/documents';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_KINDS,
  LIMITS,
  isDocumentKind,
} from '@/features/planning/constants';
import { fileTypeLabel, formatDateTime, formatFileSize } from '@/lib/format';
import { ApiError } from '@/lib/api-client';

interface DocumentManagerProps {
  procedureId: string;
  documents: readonly ProcedureDocument[];
}

interface UploadErrors {
  title?: string;
  file?: string;
  kind?: string;
  general?: string;
}

/** Title proposal from a file name: "Begruendung_BP-12.pdf" → "Begruendung BP-12". */
function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
}

/** The errors of a failed upload, at the fields the server named (or by status). */
function uploadErrors(error: unknown, t: TFunction): UploadErrors {
  if (!(error instanceof ApiError)) return { general: errorMessage(error, t) };
  const result: UploadErrors = {};
  for (const field of error.fieldErrors) {
    if (field.field === 'title' || field.field === 'kind' || field.field === 'file')
      result[field.field] ??= field.message;
  }
  if (error.status === 413) result.file ??= t('planner.documents.tooLarge');
  if (error.status === 415) result.file ??= error.detail ?? t('planner.documents.typeNotAllowed');
  if (!result.title && !result.kind && !result.file) result.general = errorMessage(error, t);
  return result;
}

/**
 * The procedure's documents: upload (title, kind, file) with a progress bar, and the list with
 * type, size and a delete button that asks first.
 */
export function DocumentManager({ procedureId, documents }: DocumentManagerProps) {
  const { t, i18n } = useTranslation();
  const upload = useUploadDocument(procedureId);
  const remove = useDeleteDocument();
  const fileRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('plan');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<UploadErrors>({});
  const [message, setMessage] = useState('');
  const [toDelete, setToDelete] = useState<ProcedureDocument | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: UploadErrors = {};
    if (!file) found.file = t('planner.documents.fileRequired');
    if (!title.trim()) found.title = t('planner.documents.titleRequired');
    setErrors(found);
    if (!file || found.title) {
      document.getElementById(found.file ? 'document-file' : 'document-title')?.focus();
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setMessage(t('planner.documents.uploading', { name: file.name }));
    setProgress(0);
    upload.mutate(
      {
        title: title.trim(),
        kind,
        file,
        signal: controller.signal,
        onProgress: ({ loaded, total }) => setProgress(Math.round((loaded / total) * 100)),
      },
      {
        onSuccess: (saved) => {
          setMessage(t('planner.documents.uploaded', { title: saved.title }));
          setTitle('');
          setFile(null);
          if (fileRef.current) fileRef.current.value = '';
        },
        onError: (error) => {
          if (error instanceof DOMException && error.name === 'AbortError') {
            setMessage(t('planner.documents.cancelled'));
            return;
          }
          const next = uploadErrors(error, t);
          setErrors(next);
          setMessage(t('planner.documents.failed'));
          document.getElementById(next.file ? 'document-file' : 'document-title')?.focus();
        },
        onSettled: () => {
          setProgress(null);
          abortRef.current = null;
        },
      },
    );
  };

  const fileHintId = 'document-file-hint';
  const fileErrorId = 'document-file-error';

  return (
    <section aria-labelledby="documents-heading" className="planner-section">
      <h2 id="documents-heading">{t('planner.documents.heading')}</h2>
      <p className="hint">{t('planner.documents.intro')}</p>

      {documents.length === 0 ? (
        <p>{t('planner.documents.empty')}</p>
      ) : (
        <TableRegion label={t('planner.documents.tableCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('planner.documents.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.documents.columns.title')}</th>
                <th scope="col">{t('planner.documents.columns.kind')}</th>
                <th scope="col">{t('planner.documents.columns.type')}</th>
                <th scope="col">{t('planner.documents.columns.size')}</th>
                <th scope="col">{t('planner.documents.columns.uploaded')}</th>
                <th scope="col">{t('planner.documents.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr key={doc.id}>
                  <th scope="row" lang={CONTENT_LANGUAGE}>
                    <a href={doc.url} type={doc.mediaType}>
                      {doc.title}
                    </a>
                    <span className="data-table__sub data-table__break">{doc.filename}</span>
                  </th>
                  <td>{t(`documents.kind.${doc.kind}`)}</td>
                  <td>{fileTypeLabel(doc.mediaType)}</td>
                  <td className="data-table__nowrap">{formatFileSize(doc.size, i18n.language)}</td>
                  <td className="data-table__nowrap">
                    {formatDateTime(doc.createdAt, i18n.language)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        remove.reset();
                        setToDelete(doc);
                      }}
                    >
                      {t('planner.documents.delete')}
                      <span className="visually-hidden">: {doc.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <form
        className="form form--wide document-upload"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="document-upload-heading"
      >
        <h3 id="document-upload-heading" className="form__heading">
          {t('planner.documents.uploadHeading')}
        </h3>
        {errors.general ? (
          <p className="notice notice--error" role="alert">
            {errors.general}
          </p>
        ) : null}
        <div className={errors.file ? 'field field--error' : 'field'}>
          <label htmlFor="document-file">{t('planner.documents.file')}</label>
          <span id={fileHintId} className="field__hint">
            {t('planner.documents.fileHint')}
          </span>
          {errors.file ? (
            <p id={fileErrorId} className="field__error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {errors.file}
            </p>
          ) : null}
          <input
            ref={fileRef}
            id="document-file"
            type="file"
            accept={DOCUMENT_ACCEPT}
            aria-describedby={errors.file ? `${fileHintId} ${fileErrorId}` : fileHintId}
            aria-invalid={errors.file ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setErrors((current) => ({ ...current, file: undefined }));
              if (chosen && !title.trim()) setTitle(titleFromFileName(chosen.name));
            }}
          />
          {file ? (
            <p className="document-upload__file">
              {t('planner.documents.chosen', {
                name: file.name,
                size: formatFileSize(file.size, i18n.language),
                type: file.type ? fileTypeLabel(file.type) : t('planner.documents.unknownType'),
              })}
            </p>
          ) : null}
        </div>
        <div className="form__row">
          <TextField
            id="document-title"
            label={t('planner.documents.title')}
            value={title}
            maxLength={LIMITS.documentTitle}
            onChange={(event) => setTitle(event.target.value)}
            error={errors.title}
            lang="de"
            required
          />
          <SelectField
            id="document-kind"
            label={t('planner.documents.kind')}
            value={kind}
            onChange={(event) => {
              if (isDocumentKind(event.target.value)) setKind(event.target.value);
            }}
            error={errors.kind}
          >
            {DOCUMENT_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`documents.kind.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {progress !== null ? (
          <div className="upload-progress">
            <label htmlFor="document-progress">{t('planner.documents.progress')}</label>
            <progress id="document-progress" max={100} value={progress}>
              {progress} %
            </progress>
            <span aria-hidden="true" className="upload-progress__value">
              {progress} %
            </span>
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={upload.isPending}>
            {upload.isPending
              ? t('planner.documents.uploadingShort')
              : t('planner.documents.upload')}
          </button>
          {upload.isPending ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => abortRef.current?.abort()}
            >
              {t('planner.documents.cancel')}
            </button>
          ) : null}
        </div>
        <p role="status" className="form__status">
          {message}
        </p>
      </form>

      {toDelete ? (
        <ConfirmDialog
          title={t('planner.documents.deleteTitle', { title: toDelete.title })}
          confirmLabel={t('planner.documents.deleteConfirm')}
          pendingLabel={t('planner.documents.deleting')}
          tone="danger"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => setToDelete(null)}
          onConfirm={() =>
            remove.mutate(toDelete.id, {
              onSuccess: () => {
                setMessage(t('planner.documents.deleted', { title: toDelete.title }));
                setToDelete(null);
              },
            })
          }
        >
          <p>{t('planner.documents.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
