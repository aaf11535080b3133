import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { documentRequestKeys } from './query-keys';

export type CreateDocumentRequest = components['schemas']['DocumentRequestCreate'];

export async function createDocumentRequest(request: CreateDocumentRequest) {
  return body(await api.POST('/api/v1/document-requests', { body: request }));
}

export function useCreateDocumentRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDocumentRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentRequestKeys.all() }),
  });
}
