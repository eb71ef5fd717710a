import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { PUBLIC_PAGE_SIZE } from '@/features/statements/constants';
import type { PublicStatementList } from '@/features/statements/types';
import { api } from '@/lib/api-client';

export const getPublicStatements = (
  procedureId: string,
  params: { topic?: string; after?: string },
  signal?: AbortSignal,
): Promise<PublicStatementList> =>
  api.get<PublicStatementList>(`/api/procedures/${encodeURIComponent(procedureId)}/statements`, {
    params: { topic: params.topic, after: params.after, limit: PUBLIC_PAGE_SIZE },
    signal,
  });

export const getPublicStatementsQueryOptions = (procedureId: string, topic?: string) =>
  infiniteQueryOptions({
    queryKey: ['statements', 'list', procedureId, { topic }],
    queryFn: ({ pageParam, signal }) =>
      getPublicStatements(procedureId, { topic, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    // Keyset pagination: the server names the cursor of the next page, or null at the end.
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 30_000,
  });

/** Published statements, oldest first, page by page ("Mehr laden"). */
export const usePublicStatements = (procedureId: string, topic?: string) =>
  useInfiniteQuery(getPublicStatementsQueryOptions(procedureId, topic));
