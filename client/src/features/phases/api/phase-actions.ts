import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ExtendPhaseInput, Phase } from '@/api/types';
import { invalidateAfterPhaseChange } from '@/features/phases/api/invalidate';
import { api } from '@/lib/api-client';

const phasePath = (id: string, action: PhaseAction) =>
  `/api/phases/${encodeURIComponent(id)}/${action}`;

export const openPhase = (id: string, reason?: string): Promise<Phase> =>
  api.post<Phase>(phasePath(id, 'open'), reason ? { reason } : {});

export const extendPhase = (id: string, input: ExtendPhaseInput): Promise<Phase> =>
  api.post<Phase>(phasePath(id, 'extend'), input);

export const closePhase = (id: string, reason: string): Promise<Phase> =>
  api.post<Phase>(phasePath(id, 'close'), { reason });

export type PhaseAction = 'open' | 'extend' | 'close';

/** What the planner entered: the reason (optional for opening) and, to extend, the new end. */
export interface PhaseActionInput {
  reason: string;
  endDate: string;
}

function runPhaseAction(id: string, action: PhaseAction, input: PhaseActionInput): Promise<Phase> {
  switch (action) {
    case 'open':
      return openPhase(id, input.reason || undefined);
    case 'extend':
      return extendPhase(id, { endDate: input.endDate, reason: input.reason });
    case 'close':
      return closePhase(id, input.reason);
  }
}

/**
 * Opens an upcoming phase now, moves the announced end later or ends an open phase now; each is
 * logged and its reason shown publicly.
 */
export const usePhaseAction = (id: string, action: PhaseAction) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PhaseActionInput) => runPhaseAction(id, action, input),
    onSuccess: () => invalidateAfterPhaseChange(queryClient),
  });
};
