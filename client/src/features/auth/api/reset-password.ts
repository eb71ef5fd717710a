import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ResetPasswordInput } from '@/api/types';
import { forgetSession } from '@/features/auth/api/logout';
import { api } from '@/lib/api-client';

/** Sets a new password with the token from the mailed link; every session of the account ends. */
export const resetPassword = (input: ResetPasswordInput): Promise<void> =>
  api.post('/api/auth/password/reset', input);

export const useResetPassword = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => forgetSession(queryClient),
  });
};
