import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { AdminUser, Role } from '@/api/types';
import { updateUserInLists } from '@/features/admin/api/update-user-cache';
import { api } from '@/lib/api-client';

export interface SetUserRolesInput {
  id: string;
  roles: Role[];
}

export const setUserRoles = ({ id, roles }: SetUserRolesInput): Promise<AdminUser> =>
  api.put<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/roles`, { roles });

/** Grants and revokes roles; they apply to the user's next request (sessions are re-read). */
export const useSetUserRoles = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserRoles,
    onSuccess: (user) => updateUserInLists(queryClient, user),
  });
};
