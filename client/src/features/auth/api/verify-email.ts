import { useMutation } from '@tanstack/react-query';

import type { VerifyEmailInput } from '@/api/types';
import { api } from '@/lib/api-client';

/** Confirms the e-mail address with the token from the mailed link (single use). */
export const verifyEmail = (input: VerifyEmailInput): Promise<void> =>
  api.post('/api/auth/verify', input);

export const useVerifyEmail = () => useMutation({ mutationFn: verifyEmail });
