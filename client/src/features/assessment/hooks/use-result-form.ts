import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AssessmentResult } from '@/api/types';
import type { ResultValues } from '@/features/assessment/components/result-fields';
import { ApiError } from '@/lib/api-client';

type ResultErrors = Partial<Record<'result' | 'response', string>>;

/** The server's field errors for `result` and `response`. */
function resultErrors(error: unknown): ResultErrors {
  const out: ResultErrors = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.fieldErrors) {
    if (e.field === 'result' || e.field === 'response') out[e.field] = e.message;
  }
  return out;
}

/**
 * The values of an assessment form (statement or group) and its errors: "choose a result"
 * before sending, the server's field errors after.
 */
export function useResultForm(initial: ResultValues, serverError: unknown) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [missingResult, setMissingResult] = useState(false);
  const serverErrors = resultErrors(serverError);
  const errors: ResultErrors = {
    ...serverErrors,
    result: missingResult ? t('assessment.form.resultRequired') : serverErrors.result,
  };

  /** The chosen result; null, with the error at the field, when there is none yet. */
  const chosenResult = (): AssessmentResult | null => {
    setMissingResult(!values.result);
    return values.result || null;
  };

  return {
    values,
    setValues,
    errors,
    /** Whether the server's error is shown at a field (else show it as a whole). */
    atField: Object.keys(serverErrors).length > 0,
    chosenResult,
  };
}
