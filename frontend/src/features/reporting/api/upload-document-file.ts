import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress, type UploadProgress } from '@/lib/upload';
import type { DocumentAnswer } from './get-document-answer';
import { invalidateAfterAnswer } from './invalidate-document-request';

type UploadFileInput = { id: string; officeCode: string; file: File; onProgress?: (progress: UploadProgress) => void };

/** Sends one file of the office's answer as the body; the server judges its type from the content. */
export function uploadDocumentFile({ id, officeCode, file, onProgress }: UploadFileInput): Promise<DocumentAnswer> {
  return uploadWithProgress<DocumentAnswer>({
    path: `/api/v1/document-requests/${encodeURIComponent(id)}/answers/${encodeURIComponent(officeCode)}/files?fileName=${encodeURIComponent(file.name)}`,
    body: file,
    contentType: 'application/octet-stream',
    onProgress,
  });
}

export function useUploadDocumentFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocumentFile,
    onSuccess: (answer) => invalidateAfterAnswer(queryClient, answer),
  });
}
