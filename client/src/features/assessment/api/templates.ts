import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ResponseTemplate, ResponseTemplateInput } from '@/api/types';
import { assessmentKey } from '@/features/assessment/constants';
import { api } from '@/lib/api-client';

const templatesKey = (procedureId: string) => [...assessmentKey(procedureId), 'templates'] as const;

export const getTemplatesQueryOptions = (procedureId: string, topic?: string) =>
  queryOptions({
    queryKey: [...templatesKey(procedureId), topic ?? null],
    queryFn: ({ signal }) =>
      api.get<ResponseTemplate[]>(
        `/api/procedures/${encodeURIComponent(procedureId)}/assessment/templates`,
        { params: { topic }, signal },
      ),
  });

/** Response templates: for the topic and the general ones (all without a topic). */
export const useTemplates = (procedureId: string, topic?: string) =>
  useQuery(getTemplatesQueryOptions(procedureId, topic));

/** Creates a template, or changes the one with `id`. */
export const useSaveTemplate = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: ResponseTemplateInput }) =>
      id
        ? api.put<ResponseTemplate>(`/api/assessment/templates/${encodeURIComponent(id)}`, input)
        : api.post<ResponseTemplate>(
            `/api/procedures/${encodeURIComponent(procedureId)}/assessment/templates`,
            input,
          ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesKey(procedureId) }),
  });
};
