import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { SessionUser, SignInInput } from '@/api/types';
import { meQueryKey } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';

export const login = (input: SignInInput): Promise<SessionUser> =>
  api.post<SessionUser>('/api/auth/login', input);

/** Signs in with e-mail and password; the answer is the user, so `me` is known at once. */
export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Nothing cached for a previous visitor may leak into the new session.
      queryClient.removeQueries({ queryKey: ['admin'] });
      queryClient.setQueryData(meQueryKey, user);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
};
