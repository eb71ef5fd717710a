import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Queue, QueueQuery } from '@/features/moderation/types';
import { api } from '@/lib/api-client';

export const getQueue = (query: QueueQuery, signal?: AbortSignal): Promise<Queue> =>
  api.get<Queue>('/api/moderation/queue', {
    params: { ...query, reported: query.reported ? 'true' : undefined },
    signal,
  });

export const getQueueQueryOptions = (query: QueueQuery) =>
  queryOptions({
    queryKey: ['moderation', 'queue', query],
    queryFn: ({ signal }) => getQueue(query, signal),
    // The live feed invalidates the queue; no need to poll.
    staleTime: 30_000,
  });

/** Statements awaiting a decision (or in the chosen state), oldest first. */
export const useQueue = (query: QueueQuery) =>
  useQuery({ ...getQueueQueryOptions(query), placeholderData: keepPreviousData });
