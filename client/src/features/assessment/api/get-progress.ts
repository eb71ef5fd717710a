import { queryOptions, useQuery } from '@tanstack/react-query';

import type { AssessmentProgress } from '@/api/types';
import { assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

export const getProgress = (procedureId: string, signal?: AbortSignal) =>
  api.get<AssessmentProgress>(
    `/api/procedures/${encodeURIComponent(procedureId)}/assessment/progress`,
    { signal },
  );

export const getProgressQueryOptions = (procedureId: string) =>
  queryOptions({
    queryKey: [...assessmentKey(procedureId), 'progress'],
    queryFn: ({ signal }) => getProgress(procedureId, signal),
  });

/** Assessed of all statements, by processing state and result. */
export const useProgress = (procedureId: string) => useQuery(getProgressQueryOptions(procedureId));
