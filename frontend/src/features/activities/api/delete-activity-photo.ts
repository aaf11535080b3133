import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { activityKeys } from '@/lib/query-keys';
import type { Photo } from './get-activity-photos';

/** Removes a photo; If-Match is the photo's own ETag, so only the photo the officer saw goes. */
export async function deleteActivityPhoto(photo: Photo) {
  return body(
    await api.DELETE('/api/v1/activities/{id}/photos/{photoId}', {
      params: { path: { id: photo.activityId, photoId: photo.id }, header: { 'If-Match': photo.etag } },
    }),
  );
}

export function useDeleteActivityPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteActivityPhoto,
    onSuccess: async (_, photo) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: activityKeys.detail(photo.activityId) }),
        queryClient.invalidateQueries({ queryKey: activityKeys.lists() }),
      ]);
    },
  });
}
