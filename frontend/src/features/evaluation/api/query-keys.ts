import type { operations } from '@/lib/api/schema';

export type VisitsQuery = NonNullable<operations['listVisits']['parameters']['query']>;

/**
 * Query keys of the evaluation feature. A visit counts in the lists, the rankings, the coverage and
 * the overdue follow-ups, all under lists(), so a saved visit invalidates lists() and sets its
 * detail; a rubric has its own key per fiscal year.
 */
export const evaluationKeys = {
  all: () => ['evaluation'] as const,
  rubric: (fiscalYear: number) => [...evaluationKeys.all(), 'rubric', fiscalYear] as const,
  lists: () => [...evaluationKeys.all(), 'list'] as const,
  visits: (query: VisitsQuery) => [...evaluationKeys.lists(), 'visits', query] as const,
  rankings: (areaCode: string, fiscalYear: number) => [...evaluationKeys.lists(), 'rankings', areaCode, fiscalYear] as const,
  coverage: (areaCode: string, fiscalYear: number) => [...evaluationKeys.lists(), 'coverage', areaCode, fiscalYear] as const,
  overdue: () => [...evaluationKeys.lists(), 'overdue-follow-ups'] as const,
  detail: (id: string) => [...evaluationKeys.all(), 'visit', id] as const,
};
