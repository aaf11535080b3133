import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';
import { documentRequestKeys } from './query-keys';

export type ChangeDocumentRequest = components['schemas']['DocumentRequestChange'];

type ChangeInput = { id: string; version: number; change: ChangeDocumentRequest };

/** The requester changes the texts or the due date of a request it sent. */
export async function changeDocumentRequest({ id, version, change }: ChangeInput) {
  return body(
    await api.PUT('/api/v1/document-requests/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: change,
    }),
  );
}

export function useChangeDocumentRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeDocumentRequest,
    onSuccess: (request) => {
      queryClient.setQueryData(documentRequestKeys.detail(request.id), request);
      return queryClient.invalidateQueries({ queryKey: documentRequestKeys.all() });
    },
  });
}
