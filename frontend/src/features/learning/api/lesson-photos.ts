import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Attachment } from '@/lib/attachments';
import { uploadWithProgress } from '@/lib/upload';
import { lessonKeys } from './query-keys';

/**
 * A photo of a lesson, fetched with the bearer token (a plain link could not carry it), under the
 * path the server named: the area's own, or the library's for a published lesson read elsewhere.
 */
export async function getLessonPhoto(file: Pick<Attachment, 'url'>): Promise<Blob> {
  const match = /^\/api\/v1\/(library\/)?lessons\/([^/]+)\/photos\/([^/]+)$/.exec(file.url);
  if (!match) throw new Error(`Not a lesson photo: ${file.url}`);
  const [, library, id, photoId] = match;
  const params = { path: { id: id ?? '', photoId: photoId ?? '' } };
  const { data } = library
    ? await api.GET('/api/v1/library/lessons/{id}/photos/{photoId}', { params, parseAs: 'blob' })
    : await api.GET('/api/v1/lessons/{id}/photos/{photoId}', { params, parseAs: 'blob' });
  if (!data) throw new Error('The API answered without a file');
  return data;
}

type UploadInput = { lessonId: string; file: File };

export function uploadLessonPhoto({ lessonId, file }: UploadInput): Promise<Attachment> {
  return uploadWithProgress<Attachment>({
    path: `/api/v1/lessons/${encodeURIComponent(lessonId)}/photos?fileName=${encodeURIComponent(file.name)}`,
    body: file,
    contentType: 'application/octet-stream',
  });
}

type DeleteInput = { lessonId: string; file: Attachment };

/** If-Match is the photo's own ETag, so only the photo the officer saw goes. */
export async function deleteLessonPhoto({ lessonId, file }: DeleteInput) {
  await api.DELETE('/api/v1/lessons/{id}/photos/{photoId}', {
    params: { path: { id: lessonId, photoId: file.id }, header: { 'If-Match': file.etag } },
  });
}

export function useUploadLessonPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadLessonPhoto,
    onSuccess: (_, { lessonId }) => queryClient.invalidateQueries({ queryKey: lessonKeys.detail(lessonId) }),
  });
}

export function useDeleteLessonPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLessonPhoto,
    onSuccess: (_, { lessonId }) => queryClient.invalidateQueries({ queryKey: lessonKeys.detail(lessonId) }),
  });
}
