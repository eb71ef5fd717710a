import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateModeration } from '@/features/moderation/api/invalidate';
import { QUEUE_STATUSES } from '@/features/moderation/constants';
import type { CurrentState, DecisionInput, DecisionResult } from '@/features/moderation/types';
import { ApiError, api } from '@/lib/api-client';

export interface DecideVariables {
  statementId: string;
  input: DecisionInput;
}

export const decide = ({ statementId, input }: DecideVariables): Promise<DecisionResult> =>
  api.post<DecisionResult>(
    `/api/moderation/statements/${encodeURIComponent(statementId)}/decisions`,
    input,
  );

/**
 * The state another moderator's decision left, from a 409 answer (`current` in the problem
 * body); null for any other error.
 */
export function conflictState(error: unknown): CurrentState | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = error.body.current;
  if (typeof current !== 'object' || current === null) return null;
  const { publicationStatus, version, publishedText } = current as Record<string, unknown>;
  const statuses: readonly unknown[] = [...QUEUE_STATUSES, 'not_public'];
  if (!statuses.includes(publicationStatus) || typeof version !== 'number') return null;
  return {
    publicationStatus: publicationStatus as CurrentState['publicationStatus'],
    version,
    publishedText: typeof publishedText === 'string' ? publishedText : null,
  };
}

/** One decision; afterwards (also after a 409) the queue, statistics and public lists reload. */
export const useDecide = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSettled: () => invalidateModeration(queryClient),
  });
};
