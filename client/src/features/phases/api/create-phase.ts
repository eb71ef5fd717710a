import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreatePhaseInput, Phase } from '@/api/types';
import { invalidateAfterPhaseChange } from '@/features/phases/api/invalidate';
import { api } from '@/lib/api-client';

export const createPhase = (procedureId: string, input: CreatePhaseInput): Promise<Phase> =>
  api.post<Phase>(`/api/procedures/${encodeURIComponent(procedureId)}/phases`, input);

/** Schedules a consultation phase of a procedure. */
export const useCreatePhase = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePhaseInput) => createPhase(procedureId, input),
    onSuccess: () => invalidateAfterPhaseChange(queryClient),
  });
};
