import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { Procedure } from '@/api/types';
import { ErrorSummary } from '@/components/form/error-summary';
import { useFormErrors } from '@/components/form/use-form-errors';
import { collectErrors } from '@/components/form/validation';
import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { useSubmitStatement } from '@/features/statements/api/submit-statement';
import { AttachmentsField } from '@/features/statements/components/attachments-field';
import {
  EMPTY_LOCATION,
  LocationField,
  type LocationValue,
} from '@/features/statements/components/location-field';
import { PrivacyNotice } from '@/features/statements/components/privacy-notice';
import { StatementTextField } from '@/features/statements/components/statement-text-field';
import {
  EMPTY_SUBMITTER,
  SubmitterFields,
  type SubmitterValue,
} from '@/features/statements/components/submitter-fields';
import { STATEMENT_MAX_CHARS } from '@/features/statements/constants';
import { useAttachments } from '@/features/statements/hooks/use-attachments';
import type { ReceiptState } from '@/features/statements/receipt-state';
import type { StatementPhase, SubmitStatementInput } from '@/features/statements/types';
import { formatCount } from '@/features/statements/utils/format';
import { newIdempotencyKey } from '@/features/statements/utils/idempotency-key';
import { ApiError } from '@/lib/api-client';
import { useConfig } from '@/api/get-config';
import {
  checkLocation,
  checkSubmitter,
  locationGeometry,
  submitterInput,
} from '@/features/statements/utils/form-checks';

/** Field names as the server names them in problem+json `errors[]`, in form order. */
const FIELDS = [
  'text',
  'topic',
  'geometry',
  'attachmentIds',
  'submitter.type',
  'submitter.name',
  'submitter.organisation',
  'submitter.street',
  'submitter.postcode',
  'submitter.city',
  'submitter.email',
  'privacyNoticeAcknowledged',
] as const;

/** A failure where sending the same statement again is the answer (and safe, see the key). */
function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.isNetworkError || error.status >= 500);
}

interface StatementFormProps {
  procedure: Procedure;
  phase: StatementPhase;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

/**
 * The public statement form of an open phase. Every submission attempt carries an
 * Idempotency-Key; as long as the content is unchanged, retries (after a lost answer, a double
 * click, the automatic retry) reuse it, so one statement is never stored twice.
 */
export function StatementForm({ procedure, phase, headingRef }: StatementFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmitStatement();
  const attachments = useAttachments(phase.id);

  const [text, setText] = useState('');
  const [topic, setTopic] = useState('');
  const [location, setLocation] = useState<LocationValue>(EMPTY_LOCATION);
  const [submitter, setSubmitter] = useState<SubmitterValue>(EMPTY_SUBMITTER);
  const [acknowledged, setAcknowledged] = useState(false);
  const [website, setWebsite] = useState('');
  /** The body and key of the last attempt: the same body is sent with the same key. */
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const areaBuffer = useConfig().data?.statements.areaBufferM;

  const check = () => {
    const language = i18n.language;
    return collectErrors({
      text: !text.trim()
        ? t('statements.form.errors.textRequired')
        : text.length > STATEMENT_MAX_CHARS
          ? t('statements.form.errors.textTooLong', {
              max: formatCount(STATEMENT_MAX_CHARS, language),
              length: formatCount(text.length, language),
            })
          : undefined,
      geometry: checkLocation(location, procedure.area, areaBuffer, t),
      attachmentIds: attachments.uploading
        ? t('statements.form.errors.attachmentsUploading')
        : attachments.failed
          ? t('statements.form.errors.attachmentsFailed')
          : undefined,
      ...checkSubmitter(submitter, t),
      privacyNoticeAcknowledged: !acknowledged ? t('statements.form.errors.privacy') : undefined,
    });
  };

  const form = useFormErrors({
    idPrefix: 'statement',
    serverError: submit.error,
    fields: FIELDS,
    failureTitle: t('statements.form.failed'),
    current: check(),
  });

  const buildInput = (): SubmitStatementInput => {
    const geometry = locationGeometry(location);
    return {
      text,
      ...(geometry ? { geometry } : {}),
      ...(topic ? { topic } : {}),
      submitter: submitterInput(submitter),
      privacyNoticeAcknowledged: true,
      ...(attachments.ids.length > 0 ? { attachmentIds: attachments.ids } : {}),
      website,
    };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    const errors = check();
    if (errors) {
      form.rejectLocally(errors);
      return;
    }
    form.clearLocal();
    const input = buildInput();
    const body = JSON.stringify(input);
    if (attempt.current?.body !== body) attempt.current = { body, key: newIdempotencyKey() };
    const geometry = input.geometry;
    submit.mutate(
      { phaseId: phase.id, input, idempotencyKey: attempt.current.key },
      {
        onSuccess: (receipt) => {
          void queryClient.invalidateQueries({ queryKey: ['statements'] });
          const state: ReceiptState = {
            receipt,
            text: input.text,
            procedureId: procedure.id,
            procedureTitle: procedure.title,
            phaseTitle: phase.title,
            topic: input.topic ?? null,
            location: geometry?.type ?? null,
            attachments: attachments.items.flatMap((item) =>
              item.attachment ? [item.attachment.filename] : [],
            ),
            submitterType: input.submitter.type,
          };
          void navigate(paths.statementReceipt, { state });
        },
        onError: form.onServerError,
      },
    );
  };

  const retryable = !submit.isPending && isRetryable(submit.error);
  const closed =
    submit.error instanceof ApiError &&
    (submit.error.code === 'PHASE_CLOSED' || submit.error.code === 'PHASE_NOT_YET_OPEN');

  return (
    <form
      className="form form--wide statement-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="statement-form-heading"
    >
      <h3
        id="statement-form-heading"
        ref={headingRef}
        tabIndex={-1}
        className="form__heading statement-form__heading"
      >
        {t('statements.form.heading')}
      </h3>
      <p className="form__intro">{t('statements.form.intro')}</p>
      {form.summary ? <ErrorSummary {...form.summary} /> : null}

      <StatementTextField
        id={form.fieldId('text')}
        value={text}
        onChange={setText}
        error={form.errorOf('text')}
      />
      {/* After the text field: the first Tab from the heading goes straight into the text. */}
      <p className="hint">
        {t('statements.form.netiquette')}{' '}
        <Link to={paths.netiquette}>{t('statements.form.netiquetteLink')}</Link>
      </p>

      {procedure.topics.length > 0 ? (
        <div className={form.errorOf('topic') ? 'field field--error' : 'field'}>
          <label htmlFor={form.fieldId('topic')}>{t('statements.form.topic.label')}</label>
          <span id={`${form.fieldId('topic')}-hint`} className="field__hint">
            {t('statements.form.topic.hint')}
          </span>
          {form.errorOf('topic') ? (
            <p id={`${form.fieldId('topic')}-error`} className="field__error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {form.errorOf('topic')}
            </p>
          ) : null}
          <select
            id={form.fieldId('topic')}
            name="topic"
            value={topic}
            onChange={(event) => setTopic(event.target.value)}
            aria-describedby={[
              `${form.fieldId('topic')}-hint`,
              form.errorOf('topic') ? `${form.fieldId('topic')}-error` : null,
            ]
              .filter(Boolean)
              .join(' ')}
          >
            <option value="">{t('statements.form.topic.none')}</option>
            {procedure.topics.map((option) => (
              <option key={option} value={option} lang={CONTENT_LANGUAGE}>
                {option}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <LocationField
        id={form.fieldId('geometry')}
        procedure={procedure}
        value={location}
        onChange={setLocation}
        error={form.errorOf('geometry')}
      />

      <AttachmentsField
        id={form.fieldId('attachmentIds')}
        attachments={attachments}
        error={form.errorOf('attachmentIds')}
      />

      <SubmitterFields
        fieldId={form.fieldId}
        errorOf={form.errorOf}
        value={submitter}
        onChange={setSubmitter}
      />

      <PrivacyNotice
        id={form.fieldId('privacyNoticeAcknowledged')}
        checked={acknowledged}
        onChange={setAcknowledged}
        error={form.errorOf('privacyNoticeAcknowledged')}
      />

      {/* Spam trap: invisible and unreachable for people and screen readers; bots fill it. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="statement-website">{t('statements.form.honeypot')}</label>
        <input
          id="statement-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(event) => setWebsite(event.target.value)}
        />
      </div>

      {retryable ? (
        <div className="notice notice--error">
          <p className="notice__title">{t('statements.form.retryTitle')}</p>
          <p>{t('statements.form.retryText')}</p>
        </div>
      ) : null}
      {closed ? (
        <div className="notice">
          <p>{t('statements.form.closedHint')}</p>
        </div>
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button button--large" disabled={submit.isPending}>
          {submit.isPending
            ? t('statements.form.submitting')
            : retryable
              ? t('statements.form.retry')
              : t('statements.form.submit')}
        </button>
        <span className="hint" role="status">
          {submit.isPending ? t('statements.form.submittingHint') : null}
        </span>
      </div>
    </form>
  );
}
