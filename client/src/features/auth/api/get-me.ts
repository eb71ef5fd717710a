import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Role, SessionUser } from '@/api/types';
import { ApiError, api } from '@/lib/api-client';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null for an anonymous visitor (the server answers 204, no content). */
export const getMe = async (signal?: AbortSignal): Promise<SessionUser | null> => {
  try {
    return (await api.get<SessionUser | undefined>('/api/auth/me', { signal })) ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    // A sign-out or a role change in another tab shows when the visitor comes back.
    refetchOnWindowFocus: true,
  });

export const useMe = () => useQuery(getMeQueryOptions());

export function hasAnyRole(user: SessionUser | null | undefined, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}
