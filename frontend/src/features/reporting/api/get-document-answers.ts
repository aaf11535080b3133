import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { documentRequestKeys } from './query-keys';

/** The matrix: every office asked in the caller's area, and where its answer stands. */
export async function getDocumentAnswers(id: string) {
  return body(await api.GET('/api/v1/document-requests/{id}/answers', { params: { path: { id } } }));
}

export const getDocumentAnswersQueryOptions = (id: string) =>
  queryOptions({ queryKey: documentRequestKeys.answers(id), queryFn: () => getDocumentAnswers(id), staleTime: 0 });

export const useDocumentAnswers = (id: string) => useQuery(getDocumentAnswersQueryOptions(id));
