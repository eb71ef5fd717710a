import { useMutation } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';

export type ReportInput = components['schemas']['ReportDto'];

export const reportStatement = ({
  statementId,
  input,
}: {
  statementId: string;
  input: ReportInput;
}): Promise<void> => api.post(`/api/statements/${encodeURIComponent(statementId)}/reports`, input);

/** Reports a published statement to the moderators (the server throttles: 429). */
export const useReportStatement = () => useMutation({ mutationFn: reportStatement });
