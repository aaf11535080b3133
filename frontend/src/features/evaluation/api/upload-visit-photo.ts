import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Attachment } from '@/lib/attachments';
import { uploadWithProgress } from '@/lib/upload';
import { evaluationKeys } from './query-keys';

type UploadVisitPhotoInput = { visitId: string; file: File };

/** Adds a photo to a visit; the server takes JPEG or PNG, judged from the content. */
export function uploadVisitPhoto({ visitId, file }: UploadVisitPhotoInput): Promise<Attachment> {
  return uploadWithProgress<Attachment>({
    path: `/api/v1/visits/${encodeURIComponent(visitId)}/photos?fileName=${encodeURIComponent(file.name)}`,
    body: file,
    contentType: 'application/octet-stream',
  });
}

export function useUploadVisitPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadVisitPhoto,
    onSuccess: (_, { visitId }) => queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(visitId) }),
  });
}
