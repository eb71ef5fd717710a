import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ExtendPhaseInput, Phase } from '@/api/types';
import { invalidateAfterPhaseChange } from '@/features/phases/api/invalidate';
import { api } from '@/lib/api-client';

const phasePath = (id: string, action: 'open' | 'extend' | 'close') =>
  `/api/phases/${encodeURIComponent(id)}/${action}`;

export const openPhase = (id: string, reason?: string): Promise<Phase> =>
  api.post<Phase>(phasePath(id, 'open'), reason ? { reason } : {});

export const extendPhase = (id: string, input: ExtendPhaseInput): Promise<Phase> =>
  api.post<Phase>(phasePath(id, 'extend'), input);

export const closePhase = (id: string, reason: string): Promise<Phase> =>
  api.post<Phase>(phasePath(id, 'close'), { reason });

/** Opens an upcoming phase now (logged, with an optional reason). */
export const useOpenPhase = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string | undefined) => openPhase(id, reason),
    onSuccess: () => invalidateAfterPhaseChange(queryClient),
  });
};

/** Moves the announced end later; the reason is shown publicly. */
export const useExtendPhase = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ExtendPhaseInput) => extendPhase(id, input),
    onSuccess: () => invalidateAfterPhaseChange(queryClient),
  });
};

/** Ends an open phase now; the reason is shown publicly. */
export const useClosePhase = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => closePhase(id, reason),
    onSuccess: () => invalidateAfterPhaseChange(queryClient),
  });
};
