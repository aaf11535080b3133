import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ProblemError } from '@/lib/problem';
import { lessonKeys } from './query-keys';

export type Lesson = components['schemas']['LessonView'];
export type LessonState = components['schemas']['LessonState'];

/**
 * One lesson: as its own area reads it (every state), else, for everyone else, as the library
 * shows it once published. The stable link /lessons/:id works for both.
 */
export async function getLesson(id: string): Promise<Lesson> {
  try {
    return body(await api.GET('/api/v1/lessons/{id}', { params: { path: { id } } }));
  } catch (error) {
    if (!(error instanceof ProblemError) || error.status !== 404) throw error;
    return body(await api.GET('/api/v1/library/lessons/{id}', { params: { path: { id } } }));
  }
}

export const getLessonQueryOptions = (id: string) =>
  queryOptions({ queryKey: lessonKeys.detail(id), queryFn: () => getLesson(id) });

export const useLesson = (id: string) => useQuery(getLessonQueryOptions(id));
