import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/upload';
import { ifMatch } from '@/lib/versions';
import type { DocumentRequest } from './get-document-requests';
import { documentRequestKeys } from './query-keys';

type AttachTemplateInput = { id: string; version: number; file: File };

/** Sends the template file itself; the server judges its type from the content. */
export function attachDocumentTemplate({ id, version, file }: AttachTemplateInput): Promise<DocumentRequest> {
  return uploadWithProgress<DocumentRequest>({
    method: 'PUT',
    path: `/api/v1/document-requests/${encodeURIComponent(id)}/template?fileName=${encodeURIComponent(file.name)}`,
    body: file,
    contentType: 'application/octet-stream',
    headers: { 'If-Match': ifMatch(version) },
  });
}

export function useAttachDocumentTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: attachDocumentTemplate,
    onSuccess: (request) => {
      queryClient.setQueryData(documentRequestKeys.detail(request.id), request);
      return queryClient.invalidateQueries({ queryKey: documentRequestKeys.all() });
    },
  });
}
