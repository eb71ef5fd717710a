import { useMutation, useQueryClient } from '@tanstack/react-query';

import { forgetSession, type SessionEndOptions } from '@/features/auth/api/logout';
import { api } from '@/lib/api-client';

/**
 * "Remove my personal data" (Art. 17 DSGVO within §3 BauGB): the account is anonymised and
 * signed out; statements stay in the procedure files without the personal data.
 */
export const removePersonalData = (): Promise<void> =>
  api.post('/api/account/remove-personal-data');

export const useRemovePersonalData = ({ onSessionEnded }: SessionEndOptions = {}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePersonalData,
    onSuccess: async () => {
      await onSessionEnded?.();
      forgetSession(queryClient);
    },
  });
};
