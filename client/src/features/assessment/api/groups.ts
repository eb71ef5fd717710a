import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { PutGroupAssessmentInput, StatementGroup, StatementGroupList } from '@/api/types';
import { assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

const groupsPath = (procedureId: string) =>
  `/api/procedures/${encodeURIComponent(procedureId)}/assessment/groups`;

export const getGroupsQueryOptions = (procedureId: string) =>
  queryOptions({
    queryKey: [...assessmentKey(procedureId), 'groups'],
    queryFn: ({ signal }) => api.get<StatementGroupList>(groupsPath(procedureId), { signal }),
  });

/** Groups of near-identical statements, largest first. */
export const useGroups = (procedureId: string) => useQuery(getGroupsQueryOptions(procedureId));

const useProcedureMutation = <V, R>(procedureId: string, fn: (variables: V) => Promise<R>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentKey(procedureId) }),
  });
};

/** Finds the near-identical statements anew (pg_trgm similarity on the server). */
export const useDetectGroups = (procedureId: string) =>
  useProcedureMutation(procedureId, () =>
    api.post<StatementGroupList>(groupsPath(procedureId), {}),
  );

/** One result and response for every statement of a group. */
export const usePutGroupAssessment = (procedureId: string) =>
  useProcedureMutation(
    procedureId,
    ({ groupId, input }: { groupId: string; input: PutGroupAssessmentInput }) =>
      api.put<{ updated: number }>(
        `/api/assessment/groups/${encodeURIComponent(groupId)}/assessment`,
        input,
      ),
  );

/** A public notice instead of letters, for a group of more than 50. */
export const useSetPublicNotice = (procedureId: string) =>
  useProcedureMutation(
    procedureId,
    ({ groupId, publicNotice }: { groupId: string; publicNotice: boolean }) =>
      api.put<StatementGroup>(
        `/api/assessment/groups/${encodeURIComponent(groupId)}/public-notice`,
        { publicNotice },
      ),
  );
