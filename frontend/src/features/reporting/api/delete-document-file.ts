import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateAfterAnswer } from './invalidate-document-request';

type DeleteFileInput = { id: string; officeCode: string; fileId: string; version: number };

export async function deleteDocumentFile({ id, officeCode, fileId, version }: DeleteFileInput) {
  return body(
    await api.DELETE('/api/v1/document-requests/{id}/answers/{officeCode}/files/{fileId}', {
      params: { path: { id, officeCode, fileId }, header: { 'If-Match': ifMatch(version) } },
    }),
  );
}

export function useDeleteDocumentFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocumentFile,
    onSuccess: (answer) => invalidateAfterAnswer(queryClient, answer),
  });
}
