import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Assessment, AssessmentResult, PutAssessmentInput } from '@/api/types';
import { RESULTS, assessmentKey } from '@/features/assessment/constants';
import { ApiError, api } from '@/lib/api-client';

export interface PutAssessmentVariables {
  statementId: string;
  input: PutAssessmentInput;
}

export const putAssessment = ({ statementId, input }: PutAssessmentVariables) =>
  api.put<Assessment>(`/api/statements/${encodeURIComponent(statementId)}/assessment`, input);

/** What another planner's change left, from a 409 answer (`current`); null otherwise. */
export interface AssessmentConflict {
  version: number;
  result: AssessmentResult | null;
  response: string;
}

export function assessmentConflict(error: unknown): AssessmentConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = error.body.current;
  if (typeof current !== 'object' || current === null) return null;
  const { version, result, response } = current as Record<string, unknown>;
  if (typeof version !== 'number') return null;
  return {
    version,
    result: (RESULTS as readonly unknown[]).includes(result) ? (result as AssessmentResult) : null,
    response: typeof response === 'string' ? response : '',
  };
}

/** Saves one assessment; afterwards the procedure's workspace, progress and groups reload. */
export const usePutAssessment = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putAssessment,
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentKey(procedureId) }),
  });
};
