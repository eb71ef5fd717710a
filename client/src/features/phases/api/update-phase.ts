import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Phase, UpdatePhaseInput } from '@/api/types';
import { invalidateAfterPhaseChange } from '@/features/phases/api/invalidate';
import { api } from '@/lib/api-client';

export const updatePhase = (phaseId: string, input: UpdatePhaseInput): Promise<Phase> =>
  api.patch<Phase>(`/api/phases/${encodeURIComponent(phaseId)}`, input);

/** Changes a phase; its period only while it is upcoming. */
export const useUpdatePhase = (phaseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePhaseInput) => updatePhase(phaseId, input),
    onSuccess: () => invalidateAfterPhaseChange(queryClient),
  });
};
