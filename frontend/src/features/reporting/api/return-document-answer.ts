import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateAfterAnswer } from './invalidate-document-request';

type ReturnAnswerInput = { id: string; officeCode: string; version: number; comment: string };

export async function returnDocumentAnswer({ id, officeCode, version, comment }: ReturnAnswerInput) {
  return body(
    await api.POST('/api/v1/document-requests/{id}/answers/{officeCode}/return', {
      params: { path: { id, officeCode }, header: { 'If-Match': ifMatch(version) } },
      body: { comment },
    }),
  );
}

export function useReturnDocumentAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnDocumentAnswer,
    onSuccess: (answer) => invalidateAfterAnswer(queryClient, answer),
  });
}
