import { useMutation } from '@tanstack/react-query';

import type { ForgotPasswordInput } from '@/api/types';
import { api } from '@/lib/api-client';

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export const forgotPassword = (input: ForgotPasswordInput): Promise<void> =>
  api.post('/api/auth/password/forgot', input);

export const useForgotPassword = () => useMutation({ mutationFn: forgotPassword });
