import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ModerationStats } from '@/features/moderation/types';
import { api } from '@/lib/api-client';

export const getStats = (signal?: AbortSignal): Promise<ModerationStats> =>
  api.get<ModerationStats>('/api/moderation/stats', { signal });

export const getStatsQueryOptions = () =>
  queryOptions({
    queryKey: ['moderation', 'stats'],
    queryFn: ({ signal }) => getStats(signal),
    staleTime: 30_000,
  });

/** Pending count, median time to decision, decisions by action and by reason. */
export const useModerationStats = () => useQuery(getStatsQueryOptions());
