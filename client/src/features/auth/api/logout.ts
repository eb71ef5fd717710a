import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { meQueryKey } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';

export const logout = (): Promise<void> => api.post('/api/auth/logout');

/** Forgets everything that belonged to the session that has just ended. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: ['admin'] });
  queryClient.setQueryData(meQueryKey, null);
  void queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export interface SessionEndOptions {
  /**
   * Runs once the server has ended the session and before the client forgets the user, e.g. to
   * leave a page that needs a signed-in user (which would otherwise send the visitor to the
   * sign-in page with a return address).
   */
  onSessionEnded?: () => Promise<void> | void;
}

export const useLogout = ({ onSessionEnded }: SessionEndOptions = {}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      await onSessionEnded?.();
      forgetSession(queryClient);
    },
  });
};
