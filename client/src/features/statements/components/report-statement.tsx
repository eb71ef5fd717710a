import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ReasonField } from '@/components/form/reason-field';
import { TextAreaField } from '@/components/form/textarea-field';
import { errorMessage } from '@/components/ui/error-state';
import { REPORT_REASONS, type ReportReason } from '@/config/moderation';
import { paths } from '@/config/paths';
import { useReportStatement } from '@/features/statements/api/report-statement';
import { ApiError } from '@/lib/api-client';

import '@/features/statements/report.css';

/**
 * "Melden": a disclosure with a short form (reason, optional note) under a published
 * statement. The answer replaces the form; too many reports in a short time (429) say so.
 */
export function ReportStatement({
  statementId,
  reference,
}: {
  statementId: string;
  reference: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | undefined>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const report = useReportStatement();
  const id = useId();
  const reasonId = `${id}-reason`;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (open && !report.isSuccess) document.getElementById(reasonId)?.focus();
  }, [open, reasonId, report.isSuccess]);

  useEffect(() => {
    if (report.isSuccess) doneRef.current?.focus();
  }, [report.isSuccess]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) {
      setError(t('statements.report.reasonMissing'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    report.mutate({ statementId, input: { reason, note: note.trim() || undefined } });
  };

  if (report.isSuccess) {
    return (
      <p ref={doneRef} tabIndex={-1} className="notice notice--success report__done" role="status">
        {t('statements.report.done')}
      </p>
    );
  }

  const throttled = report.error instanceof ApiError && report.error.status === 429;

  return (
    <div className="report">
      <button
        ref={toggleRef}
        type="button"
        className="button button--link report__toggle"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((value) => !value)}
      >
        {t('statements.report.toggle')}
        <span className="visually-hidden"> {t('statements.public.reference', { reference })}</span>
      </button>
      <form
        id={`${id}-form`}
        hidden={!open}
        className="report__form"
        aria-label={t('statements.report.formLabel', { reference })}
        noValidate
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      >
        <p className="hint">
          {t('statements.report.intro')}{' '}
          <Link to={paths.netiquette}>{t('statements.report.netiquette')}</Link>
        </p>
        <ReasonField
          id={reasonId}
          label={t('statements.report.reason')}
          reasons={REPORT_REASONS}
          value={reason}
          error={error}
          onChange={(value) => {
            setReason(value);
            setError(undefined);
          }}
        />
        <TextAreaField
          id={`${id}-note`}
          label={t('statements.report.note')}
          value={note}
          maxLength={1000}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
        />
        {report.isError ? (
          <p className="notice notice--error" role="alert">
            {throttled ? t('statements.report.throttled') : errorMessage(report.error, t)}
          </p>
        ) : null}
        <div className="report__actions">
          <button type="submit" className="button button--small" disabled={report.isPending}>
            {report.isPending ? t('statements.report.sending') : t('statements.report.submit')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
