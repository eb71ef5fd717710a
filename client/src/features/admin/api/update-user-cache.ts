import type { QueryClient } from '@tanstack/react-query';

import type { AdminUser, AdminUserList } from '@/api/types';
import { usersQueryKey } from '@/features/admin/api/get-users';

/**
 * Puts the server's answer for one user into every cached list at once (no flicker), then
 * refetches the lists, since a change can move a user in or out of a role filter.
 */
export function updateUserInLists(queryClient: QueryClient, user: AdminUser): void {
  queryClient.setQueriesData<AdminUserList>({ queryKey: usersQueryKey }, (list) =>
    list ? { ...list, items: list.items.map((u) => (u.id === user.id ? user : u)) } : list,
  );
  void queryClient.invalidateQueries({ queryKey: usersQueryKey });
}
