import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { type LibraryQuery, lessonKeys } from './query-keys';

/** The library: published lessons of every area, searched and filtered. */
export async function getLibrary(query: LibraryQuery) {
  return body(await api.GET('/api/v1/library/lessons', { params: { query } }));
}

export const getLibraryQueryOptions = (query: LibraryQuery) =>
  queryOptions({ queryKey: lessonKeys.library(query), queryFn: () => getLibrary(query), placeholderData: keepPreviousData });

export const useLibrary = (query: LibraryQuery) => useQuery(getLibraryQueryOptions(query));
