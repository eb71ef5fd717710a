import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorSummaryItem } from '@/components/form/error-summary';
import { errorMessage } from '@/components/ui/error-state';
import { ApiError } from '@/lib/api-client';

/** Field name (as sent to the server) → message. */
export type FieldErrors = Partial<Record<string, string>>;

interface Summary {
  title: string;
  detail?: string;
  items: ErrorSummaryItem[];
  /** Changes with every failed attempt: the summary takes focus again. */
  focusKey: number;
}

interface Options {
  /** Prefix of the input ids: the input of field `email` has the id `${idPrefix}-email`. */
  idPrefix: string;
  /** The error of the last submission (the mutation's error). */
  serverError: unknown;
  /** The fields in form order, for the order of the summary. */
  fields: readonly string[];
  /** Summary heading when the server refused without naming a field (e.g. wrong password). */
  failureTitle?: string;
  /**
   * The client checks run on the current values. When given, an error found on sending goes
   * away as soon as its field is valid (and shows the current problem while it is not).
   */
  current?: FieldErrors | null;
}

/** The errors found on sending whose fields are still invalid, with their current message. */
export function stillFailing(found: FieldErrors, current: FieldErrors | null): FieldErrors {
  const result: FieldErrors = {};
  for (const field of Object.keys(found)) {
    const message = current?.[field];
    if (message) result[field] = message;
  }
  return result;
}

/**
 * Errors of one form: those found before sending (client checks) or those the server named
 * (problem+json `errors[]`, with the field named as sent). After every failed attempt the
 * error summary takes focus (see `focusKey`).
 */
export function useFormErrors({ idPrefix, serverError, fields, failureTitle, current }: Options) {
  const { t } = useTranslation();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const fieldId = useCallback((field: string) => `${idPrefix}-${field}`, [idPrefix]);

  let fieldErrors: FieldErrors = {};
  let summary: Summary | null = null;
  if (clientErrors) {
    fieldErrors = current === undefined ? clientErrors : stillFailing(clientErrors, current);
    summary = { title: t('form.errorSummaryTitle'), items: [], focusKey: failedAttempts };
  } else if (serverError) {
    if (serverError instanceof ApiError) {
      for (const error of serverError.fieldErrors) fieldErrors[error.field] ??= error.message;
    }
    const named = Object.keys(fieldErrors).length > 0;
    summary = {
      title: named ? t('form.errorSummaryTitle') : (failureTitle ?? t('common.errorTitle')),
      // With named fields the items say it all; the server's detail repeats them with the
      // internal field names ("geometry: …"), which people must never see.
      detail: named ? undefined : errorMessage(serverError, t),
      items: [],
      focusKey: failedAttempts,
    };
  }
  if (summary && clientErrors && Object.keys(fieldErrors).length === 0) summary = null;
  if (summary) {
    const known = fields.filter((field) => fieldErrors[field]);
    const unknown = Object.keys(fieldErrors).filter((field) => !fields.includes(field));
    summary.items = [
      ...known.map((field) => ({ fieldId: fieldId(field), message: fieldErrors[field] ?? '' })),
      ...unknown.map((field) => ({ message: fieldErrors[field] ?? '' })),
    ];
  }

  return {
    summary,
    fieldId,
    /** The message to show at a field, if any. */
    errorOf: (field: string): string | undefined => fieldErrors[field],
    /** The client checks failed: show these errors and focus the summary. */
    rejectLocally: (errors: FieldErrors) => {
      setClientErrors(errors);
      setFailedAttempts((n) => n + 1);
    },
    /** The client checks passed; errors now come from the server answer. */
    clearLocal: () => setClientErrors(null),
    /** The server refused the submission: focus the summary. */
    onServerError: () => setFailedAttempts((n) => n + 1),
  };
}
