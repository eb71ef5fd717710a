import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { AssignInput } from '@/api/types';
import { assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

export const assign = (procedureId: string, input: AssignInput) =>
  api.post<{ updated: number }>(
    `/api/procedures/${encodeURIComponent(procedureId)}/assessment/assign`,
    input,
  );

/** Assigns statements to a planner (or none); the workspace reloads. */
export const useAssign = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignInput) => assign(procedureId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentKey(procedureId) }),
  });
};
