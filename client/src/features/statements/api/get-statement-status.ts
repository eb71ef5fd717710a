import { queryOptions, useQuery } from '@tanstack/react-query';

import type { StatementStatus } from '@/features/statements/types';
import { api } from '@/lib/api-client';

export const getStatementStatus = (
  reference: string,
  token: string,
  signal?: AbortSignal,
): Promise<StatementStatus> =>
  api.get<StatementStatus>('/api/statements/status', { params: { reference, token }, signal });

export const getStatementStatusQueryOptions = (reference: string, token: string) =>
  queryOptions({
    queryKey: ['statements', 'status', reference, token],
    queryFn: ({ signal }) => getStatementStatus(reference, token, signal),
    staleTime: 0,
  });

/** The submitter's private view; `enabled` only when the link has both parts. */
export const useStatementStatus = (reference: string, token: string) =>
  useQuery({
    ...getStatementStatusQueryOptions(reference, token),
    enabled: !!reference && !!token,
  });

/** The receipt PDF (a private link, like the status page). */
export const receiptPdfUrl = (reference: string, token: string): string =>
  `/api/statements/receipt.pdf?${new URLSearchParams({ reference, token }).toString()}`;
