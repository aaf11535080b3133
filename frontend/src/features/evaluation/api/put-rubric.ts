import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import type { RubricRequest } from './get-rubric';
import { evaluationKeys } from './query-keys';

type PutRubricInput = { fiscalYear: number; version?: number; request: RubricRequest };

/** Sets the year's rubric: the first without If-Match, then with the current revision's version. */
export async function putRubric({ fiscalYear, version, request }: PutRubricInput) {
  return body(
    await api.PUT('/api/v1/fiscal-years/{year}/rubric', {
      params: { path: { year: fiscalYear }, header: version === undefined ? undefined : { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function usePutRubric() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putRubric,
    onSuccess: (rubric) => queryClient.setQueryData(evaluationKeys.rubric(rubric.fiscalYear), rubric),
  });
}
