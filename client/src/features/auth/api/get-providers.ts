import { queryOptions, useQuery } from '@tanstack/react-query';

import type { AuthProviders } from '@/api/types';
import { api } from '@/lib/api-client';

export const getProviders = (signal?: AbortSignal): Promise<AuthProviders> =>
  api.get<AuthProviders>('/api/auth/providers', { signal });

export const getProvidersQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'providers'],
    queryFn: ({ signal }) => getProviders(signal),
    staleTime: Infinity,
  });

/** How one can sign in here: always e-mail and password; the staff button when configured. */
export const useProviders = () => useQuery(getProvidersQueryOptions());

/** Starts the staff sign-in through the city directory (a full page navigation). */
export const OIDC_START_URL = '/api/auth/oidc';
