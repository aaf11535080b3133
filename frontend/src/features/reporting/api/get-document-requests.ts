import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { documentRequestKeys } from './query-keys';

export type DocumentRequest = components['schemas']['DocumentRequest'];
export type OfficeAnswer = components['schemas']['DocumentOfficeAnswer'];

export const PAGE_SIZE = 50;

export async function getDocumentRequests(fiscalYear: number, page: number) {
  return body(
    await api.GET('/api/v1/document-requests', { params: { query: { fiscalYear, page, size: PAGE_SIZE } } }),
  );
}

export const getDocumentRequestsQueryOptions = (fiscalYear: number, page: number) =>
  queryOptions({
    queryKey: documentRequestKeys.list(fiscalYear, page),
    queryFn: () => getDocumentRequests(fiscalYear, page),
    placeholderData: keepPreviousData,
  });

export const useDocumentRequests = (fiscalYear: number, page: number, { enabled = true } = {}) =>
  useQuery({ ...getDocumentRequestsQueryOptions(fiscalYear, page), enabled });
