import { useQuery } from '@tanstack/react-query';

import type { ResultLettersPreview } from '@/api/types';
import { assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

/** What sending the results would do: letters, mails, notices (for the confirmation). */
export const useResultLettersPreview = (procedureId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...assessmentKey(procedureId), 'result-letters-preview'],
    queryFn: ({ signal }) =>
      api.get<ResultLettersPreview>(
        `/api/procedures/${encodeURIComponent(procedureId)}/assessment/result-letters`,
        { signal },
      ),
    enabled,
  });
