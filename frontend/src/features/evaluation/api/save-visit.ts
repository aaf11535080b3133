import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import type { VisitRequest } from './get-visit';
import { evaluationKeys } from './query-keys';

type SaveVisitInput = { request: VisitRequest; id?: string; version?: number };

/** Records a visit, or corrects one (with its version as If-Match). */
export async function saveVisit({ request, id, version }: SaveVisitInput) {
  if (id === undefined || version === undefined) return body(await api.POST('/api/v1/visits', { body: request }));
  return body(
    await api.PUT('/api/v1/visits/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: request }),
  );
}

export function useSaveVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveVisit,
    onSuccess: async (visit) => {
      queryClient.setQueryData(evaluationKeys.detail(visit.id), visit);
      await queryClient.invalidateQueries({ queryKey: evaluationKeys.lists() });
    },
  });
}
