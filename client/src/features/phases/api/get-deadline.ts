import { queryOptions, useQuery } from '@tanstack/react-query';

import type { DeadlineProposal, PhaseKind } from '@/api/types';
import { isIsoDate } from '@/features/phases/utils/dates';
import { api } from '@/lib/api-client';

export const getDeadline = (
  kind: PhaseKind,
  startDate: string,
  signal?: AbortSignal,
): Promise<DeadlineProposal> =>
  api.get<DeadlineProposal>('/api/phases/deadline', { params: { kind, startDate }, signal });

export const getDeadlineQueryOptions = (kind: PhaseKind, startDate: string) =>
  queryOptions({
    queryKey: ['phases', 'deadline', kind, startDate],
    queryFn: ({ signal }) => getDeadline(kind, startDate, signal),
    // The law and its holidays do not change while the page is open.
    staleTime: Infinity,
  });

/** Legal minimum and proposed last day for a kind and first day (server-side calendar). */
export const useDeadline = (kind: PhaseKind, startDate: string) =>
  useQuery({ ...getDeadlineQueryOptions(kind, startDate), enabled: isIsoDate(startDate) });
