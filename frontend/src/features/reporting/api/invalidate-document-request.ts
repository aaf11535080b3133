import type { QueryClient } from '@tanstack/react-query';
import type { DocumentAnswer } from './get-document-answer';
import { documentRequestKeys } from './query-keys';

/**
 * After a write to an answer: the answer as the server returned it, then the request (its counts
 * and matrix) and the lists showing the caller's own standing.
 */
export function invalidateAfterAnswer(queryClient: QueryClient, answer: DocumentAnswer) {
  queryClient.setQueryData(documentRequestKeys.answer(answer.requestId, answer.office.code), answer);
  return queryClient.invalidateQueries({ queryKey: documentRequestKeys.all() });
}
