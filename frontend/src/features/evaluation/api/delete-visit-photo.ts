import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Attachment } from '@/lib/attachments';
import { evaluationKeys } from './query-keys';

type DeleteVisitPhotoInput = { visitId: string; file: Attachment };

/** Removes a photo of a visit; If-Match is the photo's own ETag, so only the photo the officer saw goes. */
export async function deleteVisitPhoto({ visitId, file }: DeleteVisitPhotoInput) {
  // 204: nothing comes back; a refusal has thrown in the client's middleware
  await api.DELETE('/api/v1/visits/{id}/photos/{photoId}', {
    params: { path: { id: visitId, photoId: file.id }, header: { 'If-Match': file.etag } },
  });
}

export function useDeleteVisitPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteVisitPhoto,
    onSuccess: (_, { visitId }) => queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(visitId) }),
  });
}
