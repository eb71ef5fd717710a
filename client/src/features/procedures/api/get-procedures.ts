import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { PhaseState, ProcedureList, ProcedureStatus, ProcedureType } from '@/api/types';
import { api } from '@/lib/api-client';

export interface ProcedureFilters {
  district?: string;
  type?: ProcedureType;
  status?: ProcedureStatus;
  /** Only procedures with a phase in this state now (server clock). */
  phase?: PhaseState;
  q?: string;
  /** minLon,minLat,maxLon,maxLat */
  bbox?: string;
}

export const getProcedures = (
  filters: ProcedureFilters,
  signal?: AbortSignal,
): Promise<ProcedureList> =>
  api.get<ProcedureList>('/api/procedures', { params: { ...filters }, signal });

export const getProceduresQueryOptions = (filters: ProcedureFilters) =>
  queryOptions({
    queryKey: ['procedures', 'list', filters],
    queryFn: ({ signal }) => getProcedures(filters, signal),
  });

/** Public procedures matching the filters; keeps showing the last result while a new one loads. */
export const useProcedures = (filters: ProcedureFilters) =>
  useQuery({ ...getProceduresQueryOptions(filters), placeholderData: keepPreviousData });
