import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { AdminUserList, AdminUserQuery } from '@/api/types';
import { api } from '@/lib/api-client';

export const usersQueryKey = ['admin', 'users'] as const;

export const getUsers = (query: AdminUserQuery, signal?: AbortSignal): Promise<AdminUserList> =>
  api.get<AdminUserList>('/api/admin/users', { params: { ...query }, signal });

export const getUsersQueryOptions = (query: AdminUserQuery) =>
  queryOptions({
    queryKey: [...usersQueryKey, 'list', query],
    queryFn: ({ signal }) => getUsers(query, signal),
    staleTime: 0,
  });

/** Accounts matching the search (admin); keeps the last result while a new one loads. */
export const useUsers = (query: AdminUserQuery) =>
  useQuery({ ...getUsersQueryOptions(query), placeholderData: keepPreviousData });
