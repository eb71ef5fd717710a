import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import type { CreateProcedureInput, PlanningProcedure, UpdateProcedureInput } from '@/api/types';
import { planningProcedureQueryKey } from '@/features/planning/api/get-planning-procedure';
import { api } from '@/lib/api-client';

export const createProcedure = (input: CreateProcedureInput): Promise<PlanningProcedure> =>
  api.post<PlanningProcedure>('/api/procedures', input);

export const updateProcedure = (
  id: string,
  input: UpdateProcedureInput,
): Promise<PlanningProcedure> =>
  api.patch<PlanningProcedure>(`/api/procedures/${encodeURIComponent(id)}`, input);

async function refresh(queryClient: QueryClient, procedure: PlanningProcedure): Promise<void> {
  queryClient.setQueryData(planningProcedureQueryKey(procedure.id), procedure);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['planning', 'procedures'] }),
    // The public list and page show published procedures.
    queryClient.invalidateQueries({ queryKey: ['procedures'] }),
  ]);
}

/** Creates a draft procedure. */
export const useCreateProcedure = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProcedure,
    onSuccess: (procedure) => refresh(queryClient, procedure),
  });
};

/** Changes a procedure's fields, or its status (publish, archive, publish again). */
export const useUpdateProcedure = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProcedureInput) => updateProcedure(id, input),
    onSuccess: (procedure) => refresh(queryClient, procedure),
  });
};
