import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Procedure } from '@/api/types';
import { api } from '@/lib/api-client';

export const getProcedure = (id: string, signal?: AbortSignal): Promise<Procedure> =>
  api.get<Procedure>(`/api/procedures/${encodeURIComponent(id)}`, { signal });

export const getProcedureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['procedures', 'detail', id],
    queryFn: ({ signal }) => getProcedure(id, signal),
  });

export const useProcedure = (id: string) => useQuery(getProcedureQueryOptions(id));
