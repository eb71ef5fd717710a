import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import type { PublicResultList } from '@/api/types';
import { api } from '@/lib/api-client';

const RESULTS_LIMIT = 50;

const getResults = (
  procedureId: string,
  after?: string,
  limit = RESULTS_LIMIT,
  signal?: AbortSignal,
) =>
  api.get<PublicResultList>(`/api/procedures/${encodeURIComponent(procedureId)}/results`, {
    params: { limit, after },
    signal,
  });

export const getResultsQueryOptions = (procedureId: string) =>
  infiniteQueryOptions({
    queryKey: ['results', procedureId],
    queryFn: ({ pageParam, signal }) => getResults(procedureId, pageParam, RESULTS_LIMIT, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The public results: responses without personal data, in keyset pages. */
export const useResults = (procedureId: string) =>
  useInfiniteQuery(getResultsQueryOptions(procedureId));

/** Whether the procedure has communicated results at all (one item is enough). */
export const useHasResults = (procedureId: string) =>
  useQuery({
    queryKey: ['results', procedureId, 'any'],
    queryFn: ({ signal }) => getResults(procedureId, undefined, 1, signal),
    select: (list) => list.items.length > 0,
  });
