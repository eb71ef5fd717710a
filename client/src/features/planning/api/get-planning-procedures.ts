import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { PlanningProcedureList, PlanningStatus } from '@/api/types';
import { api } from '@/lib/api-client';

export interface PlanningFilters {
  status?: PlanningStatus;
  q?: string;
}

export const getPlanningProcedures = (
  filters: PlanningFilters,
  signal?: AbortSignal,
): Promise<PlanningProcedureList> =>
  api.get<PlanningProcedureList>('/api/planning/procedures', {
    params: { ...filters, limit: 500 },
    signal,
  });

export const getPlanningProceduresQueryOptions = (filters: PlanningFilters) =>
  queryOptions({
    queryKey: ['planning', 'procedures', filters],
    queryFn: ({ signal }) => getPlanningProcedures(filters, signal),
    staleTime: 0,
  });

/** All procedures, drafts included (planner); keeps the last result while a new one loads. */
export const usePlanningProcedures = (filters: PlanningFilters, enabled = true) =>
  useQuery({
    ...getPlanningProceduresQueryOptions(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
