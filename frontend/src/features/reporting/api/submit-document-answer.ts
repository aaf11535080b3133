import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateAfterAnswer } from './invalidate-document-request';

type SubmitAnswerInput = { id: string; officeCode: string; version: number };

export async function submitDocumentAnswer({ id, officeCode, version }: SubmitAnswerInput) {
  return body(
    await api.POST('/api/v1/document-requests/{id}/answers/{officeCode}/submit', {
      params: { path: { id, officeCode }, header: { 'If-Match': ifMatch(version) } },
    }),
  );
}

export function useSubmitDocumentAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitDocumentAnswer,
    onSuccess: (answer) => invalidateAfterAnswer(queryClient, answer),
  });
}
