import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { DocumentKind, ProcedureDocument } from '@/api/types';
import { uploadForm, type UploadProgress } from '@/features/planning/utils/upload';
import { api } from '@/lib/api-client';

export interface UploadDocumentInput {
  title: string;
  kind: DocumentKind;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export const uploadDocument = (
  procedureId: string,
  { title, kind, file, onProgress, signal }: UploadDocumentInput,
): Promise<ProcedureDocument> => {
  const form = new FormData();
  // Text fields first: the server reads them before the file.
  form.append('title', title);
  form.append('kind', kind);
  form.append('file', file, file.name);
  return uploadForm<ProcedureDocument>(
    `/api/procedures/${encodeURIComponent(procedureId)}/documents`,
    form,
    { onProgress, signal },
  );
};

export const deleteDocument = (id: string): Promise<void> =>
  api.delete(`/api/documents/${encodeURIComponent(id)}`);

const invalidate = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['planning'] }),
    queryClient.invalidateQueries({ queryKey: ['procedures'] }),
  ]);

/** Uploads a document (PDF, PNG, JPEG) with progress. */
export const useUploadDocument = (procedureId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadDocumentInput) => uploadDocument(procedureId, input),
    onSuccess: () => invalidate(queryClient),
  });
};

/** Removes a document. */
export const useDeleteDocument = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: () => invalidate(queryClient),
  });
};
