import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { documentRequestKeys } from './query-keys';

export async function getDocumentRequest(id: string) {
  return body(await api.GET('/api/v1/document-requests/{id}', { params: { path: { id } } }));
}

// Offices answer at any time, so a page opening the request fetches its counts afresh.
export const getDocumentRequestQueryOptions = (id: string) =>
  queryOptions({ queryKey: documentRequestKeys.detail(id), queryFn: () => getDocumentRequest(id), staleTime: 0 });

export const useDocumentRequest = (id: string) => useQuery(getDocumentRequestQueryOptions(id));
