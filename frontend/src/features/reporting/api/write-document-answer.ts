import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateAfterAnswer } from './invalidate-document-request';

type WriteAnswerInput = { id: string; officeCode: string; note: string; /** Absent while the answer is not started. */ version?: number };

/** Saves the office's note; the first save starts the answer and needs no If-Match. */
export async function writeDocumentAnswer({ id, officeCode, note, version }: WriteAnswerInput) {
  return body(
    await api.PUT('/api/v1/document-requests/{id}/answers/{officeCode}', {
      params: { path: { id, officeCode }, header: version === undefined ? {} : { 'If-Match': ifMatch(version) } },
      body: { note },
    }),
  );
}

export function useWriteDocumentAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writeDocumentAnswer,
    onSuccess: (answer) => invalidateAfterAnswer(queryClient, answer),
  });
}
