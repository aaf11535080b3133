import type { operations } from '@/lib/api/schema';

export type LessonsQuery = NonNullable<operations['listLessons']['parameters']['query']>;
export type LibraryQuery = NonNullable<operations['searchLibrary']['parameters']['query']>;

/**
 * Query keys of the lessons feature. A change to a lesson sets its detail and invalidates every
 * list (the area's and the library's), since a publication or a withdrawal moves it between them.
 */
export const lessonKeys = {
  all: () => ['lessons'] as const,
  lists: () => [...lessonKeys.all(), 'list'] as const,
  list: (query: LessonsQuery) => [...lessonKeys.lists(), 'area', query] as const,
  library: (query: LibraryQuery) => [...lessonKeys.lists(), 'library', query] as const,
  detail: (id: string) => [...lessonKeys.all(), 'detail', id] as const,
};
