import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import type { StatementGeometry, StatementReceipt } from '@/features/statements/types';
import { api } from '@/lib/api-client';

export type IntakeStatementInput = Omit<components['schemas']['IntakeStatementDto'], 'geometry'> & {
  geometry?: StatementGeometry;
};

/** Staff record a statement that arrived by post, e-mail or in person (late ones included). */
export const recordStatement = (procedureId: string, input: IntakeStatementInput) =>
  api.post<StatementReceipt>(
    `/api/procedures/${encodeURIComponent(procedureId)}/statements/intake`,
    input,
  );

export const useRecordStatement = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IntakeStatementInput) => recordStatement(procedureId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['statements'] }),
  });
};
