import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { OutboxMessageList, OutboxQuery } from '@/api/types';
import { api } from '@/lib/api-client';

export const mailsQueryKey = ['admin', 'mails'] as const;

/** While a mail waits or is being sent, the list looks again this often. */
const REFRESH_WHILE_SENDING_MS = 3000;

export const getMails = (query: OutboxQuery, signal?: AbortSignal): Promise<OutboxMessageList> =>
  api.get<OutboxMessageList>('/api/admin/mail', { params: { ...query }, signal });

export const getMailsQueryOptions = (query: OutboxQuery) =>
  queryOptions({
    queryKey: [...mailsQueryKey, 'list', query],
    queryFn: ({ signal }) => getMails(query, signal),
    staleTime: 0,
    refetchInterval: ({ state }) =>
      state.data?.items.some((mail) => mail.status === 'pending' || mail.status === 'sending')
        ? REFRESH_WHILE_SENDING_MS
        : false,
  });

/** The mail outbox, newest first (admin). */
export const useMails = (query: OutboxQuery) =>
  useQuery({ ...getMailsQueryOptions(query), placeholderData: keepPreviousData });
