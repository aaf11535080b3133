import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { isProblem } from '@/lib/problem';
import { evaluationKeys } from './query-keys';

export type Rubric = components['schemas']['RubricView'];
export type RubricRequest = components['schemas']['RubricRequest'];

/** The year's rubric, or null while the department has set none (the API's 404 evaluation.rubric.not-found). */
export async function getRubric(fiscalYear: number): Promise<Rubric | null> {
  try {
    return body(await api.GET('/api/v1/fiscal-years/{year}/rubric', { params: { path: { year: fiscalYear } } }));
  } catch (failure) {
    if (isProblem(failure, 'evaluation.rubric.not-found')) return null;
    throw failure;
  }
}

export const getRubricQueryOptions = (fiscalYear: number) =>
  queryOptions({ queryKey: evaluationKeys.rubric(fiscalYear), queryFn: () => getRubric(fiscalYear) });

export const useRubric = (fiscalYear: number) => useQuery(getRubricQueryOptions(fiscalYear));
