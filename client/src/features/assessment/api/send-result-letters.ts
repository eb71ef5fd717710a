import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ResultLetters } from '@/api/types';
import { assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

/** Sends every named submitter of an assessed statement the result (mail through the outbox). */
export const useSendResultLetters = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<ResultLetters>(
        `/api/procedures/${encodeURIComponent(procedureId)}/assessment/result-letters`,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentKey(procedureId) }),
  });
};
