import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { AdminUser } from '@/api/types';
import { updateUserInLists } from '@/features/admin/api/update-user-cache';
import { api } from '@/lib/api-client';

export interface SetUserActiveInput {
  id: string;
  active: boolean;
}

/** Deactivating ends all of the user's sessions at once; activating lets them sign in again. */
export const setUserActive = ({ id, active }: SetUserActiveInput): Promise<AdminUser> =>
  api.post<AdminUser>(
    `/api/admin/users/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`,
  );

export const useSetUserActive = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserActive,
    onSuccess: (user) => updateUserInLists(queryClient, user),
  });
};
