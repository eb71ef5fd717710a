import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ClientConfig } from '@/api/types';
import { api } from '@/lib/api-client';

export const getConfig = (signal?: AbortSignal): Promise<ClientConfig> =>
  api.get<ClientConfig>('/api/config', { signal });

export const getConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => getConfig(signal),
    staleTime: Infinity,
  });

/** Map tiles and defaults for every map, from the server (never hard-coded in the client). */
export const useConfig = () => useQuery(getConfigQueryOptions());
