import { queryOptions, useQuery } from '@tanstack/react-query';

import type { StatementExcerpt } from '@/features/statements/types';
import { api } from '@/lib/api-client';

export const getStatementExcerpt = (
  procedureId: string,
  statementId: string,
  signal?: AbortSignal,
): Promise<StatementExcerpt> =>
  api.get<StatementExcerpt>(
    `/api/procedures/${encodeURIComponent(procedureId)}/statements/${encodeURIComponent(statementId)}/excerpt`,
    { signal },
  );

export const getStatementExcerptQueryOptions = (procedureId: string, statementId: string) =>
  queryOptions({
    queryKey: ['statements', 'excerpt', procedureId, statementId],
    queryFn: ({ signal }) => getStatementExcerpt(procedureId, statementId, signal),
    staleTime: 30_000,
  });

/** The excerpt of one point on the map, fetched when its popup opens. */
export const useStatementExcerpt = (procedureId: string, statementId: string, enabled: boolean) =>
  useQuery({ ...getStatementExcerptQueryOptions(procedureId, statementId), enabled });
