import { queryOptions, useQuery } from '@tanstack/react-query';

import type { OutboxMessage } from '@/api/types';
import { mailsQueryKey } from '@/features/admin/api/get-mails';
import { api } from '@/lib/api-client';

export const getMail = (id: string, signal?: AbortSignal): Promise<OutboxMessage> =>
  api.get<OutboxMessage>(`/api/admin/mail/${encodeURIComponent(id)}`, { signal });

export const getMailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...mailsQueryKey, 'detail', id],
    queryFn: ({ signal }) => getMail(id, signal),
  });

/** One outgoing mail with its text (admin). */
export const useMail = (id: string) => useQuery(getMailQueryOptions(id));
