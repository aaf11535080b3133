import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateAfterAnswer } from './invalidate-document-request';

type AcceptAnswerInput = { id: string; officeCode: string; version: number; comment?: string };

export async function acceptDocumentAnswer({ id, officeCode, version, comment }: AcceptAnswerInput) {
  return body(
    await api.POST('/api/v1/document-requests/{id}/answers/{officeCode}/accept', {
      params: { path: { id, officeCode }, header: { 'If-Match': ifMatch(version) } },
      body: { comment },
    }),
  );
}

export function useAcceptDocumentAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptDocumentAnswer,
    onSuccess: (answer) => invalidateAfterAnswer(queryClient, answer),
  });
}
