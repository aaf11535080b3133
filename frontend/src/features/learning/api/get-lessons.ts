import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { type LessonsQuery, lessonKeys } from './query-keys';

export type LessonSummary = components['schemas']['LessonSummary'];

/** The lessons of the user's own area, in every state. */
export async function getLessons(query: LessonsQuery) {
  return body(await api.GET('/api/v1/lessons', { params: { query } }));
}

export const getLessonsQueryOptions = (query: LessonsQuery) =>
  queryOptions({ queryKey: lessonKeys.list(query), queryFn: () => getLessons(query), placeholderData: keepPreviousData });

export const useLessons = (query: LessonsQuery, enabled = true) => useQuery({ ...getLessonsQueryOptions(query), enabled });
