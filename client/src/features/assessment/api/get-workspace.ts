import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import type { WorkspaceList, WorkspaceQuery } from '@/api/types';
import { WORKSPACE_LIMIT, assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

export type WorkspaceFilterQuery = Omit<WorkspaceQuery, 'limit' | 'after' | 'late'> & {
  late?: boolean;
};

export const getWorkspace = (
  procedureId: string,
  query: WorkspaceFilterQuery,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<WorkspaceList> =>
  api.get<WorkspaceList>(
    `/api/procedures/${encodeURIComponent(procedureId)}/assessment/statements`,
    {
      params: {
        ...query,
        late: query.late === undefined ? undefined : String(query.late),
        limit: WORKSPACE_LIMIT,
        after,
      },
      signal,
    },
  );

export const getWorkspaceQueryOptions = (procedureId: string, query: WorkspaceFilterQuery) =>
  infiniteQueryOptions({
    queryKey: [...assessmentKey(procedureId), 'statements', query],
    queryFn: ({ pageParam, signal }) => getWorkspace(procedureId, query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Every statement of the procedure with its assessment, filtered, in keyset pages. */
export const useWorkspace = (procedureId: string, query: WorkspaceFilterQuery) =>
  useInfiniteQuery({
    ...getWorkspaceQueryOptions(procedureId, query),
    placeholderData: keepPreviousData,
  });
