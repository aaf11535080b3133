import { oneOfParam, patternParam, textParam, useListParams } from '@/lib/list-params';
import type { LibraryQuery } from '../api/query-keys';
import { lessonTopics } from '../utils/topics';

type Topic = (typeof lessonTopics)[number];
export type LibraryFilters = { q: string; topic: Topic | ''; province: string; fiscalYear: string };

const schema = {
  filters: { q: textParam, topic: oneOfParam(lessonTopics), province: patternParam(/^\d{2}$/), fiscalYear: patternParam(/^\d{4}$/) },
  sortFields: ['publishedAt', 'title'] as const,
};

/** The library's search, filters and page, kept in the URL so a search can be shared; newest first. */
export function useLibraryParams() {
  const list = useListParams<LibraryFilters, 'publishedAt' | 'title'>(schema);
  const { filters } = list;
  const query: LibraryQuery = {
    q: filters.q || undefined,
    topic: filters.topic || undefined,
    province: filters.province || undefined,
    fiscalYear: filters.fiscalYear ? Number(filters.fiscalYear) : undefined,
    ...list.pageQuery,
  };
  return { ...list, query };
}
