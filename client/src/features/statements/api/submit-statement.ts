import { useMutation } from '@tanstack/react-query';

import type { StatementReceipt, SubmitStatementInput } from '@/features/statements/types';
import { ApiError, api } from '@/lib/api-client';

export interface SubmitStatementVariables {
  phaseId: string;
  input: SubmitStatementInput;
  /**
   * One key per submission: a repeated request with the same key (a retry after a lost answer,
   * a double click) gets the first answer instead of creating a second statement.
   */
  idempotencyKey: string;
}

export const submitStatement = ({
  phaseId,
  input,
  idempotencyKey,
}: SubmitStatementVariables): Promise<StatementReceipt> =>
  api.post<StatementReceipt>(`/api/phases/${encodeURIComponent(phaseId)}/statements`, input, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** Safe to repeat thanks to the idempotency key: a lost connection is retried once by itself. */
const retryNetworkFailure = (failureCount: number, error: Error): boolean =>
  error instanceof ApiError && error.isNetworkError && failureCount < 1;

export const useSubmitStatement = () =>
  useMutation({ mutationFn: submitStatement, retry: retryNetworkFailure, retryDelay: 1500 });
