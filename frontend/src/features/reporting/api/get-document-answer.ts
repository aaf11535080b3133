import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { documentRequestKeys } from './query-keys';

export type DocumentAnswer = components['schemas']['DocumentAnswer'];
export type DocumentFile = components['schemas']['DocumentFile'];

export async function getDocumentAnswer(id: string, officeCode: string) {
  return body(
    await api.GET('/api/v1/document-requests/{id}/answers/{officeCode}', { params: { path: { id, officeCode } } }),
  );
}

export const getDocumentAnswerQueryOptions = (id: string, officeCode: string) =>
  queryOptions({
    queryKey: documentRequestKeys.answer(id, officeCode),
    queryFn: () => getDocumentAnswer(id, officeCode),
    staleTime: 0,
  });

export const useDocumentAnswer = (id: string, officeCode: string) =>
  useQuery(getDocumentAnswerQueryOptions(id, officeCode));
