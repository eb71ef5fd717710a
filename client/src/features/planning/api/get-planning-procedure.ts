import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PlanningProcedure } from '@/api/types';
import { api } from '@/lib/api-client';

export const planningProcedureQueryKey = (id: string) => ['planning', 'procedure', id] as const;

export const getPlanningProcedure = (
  id: string,
  signal?: AbortSignal,
): Promise<PlanningProcedure> =>
  api.get<PlanningProcedure>(`/api/planning/procedures/${encodeURIComponent(id)}`, { signal });

export const getPlanningProcedureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: planningProcedureQueryKey(id),
    queryFn: ({ signal }) => getPlanningProcedure(id, signal),
    staleTime: 0,
  });

/** One procedure with phases and documents, drafts included (planner). */
export const usePlanningProcedure = (id: string) => useQuery(getPlanningProcedureQueryOptions(id));
