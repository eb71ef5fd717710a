import { useMutation } from '@tanstack/react-query';

import type { RegisterInput } from '@/api/types';
import { api } from '@/lib/api-client';

/**
 * Registers a resident. The server answers 202 whether or not the address already has an
 * account (no enumeration); either way a mail goes to the address.
 */
export const register = (input: RegisterInput): Promise<void> =>
  api.post('/api/auth/register', input);

export const useRegister = () => useMutation({ mutationFn: register });
