import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateDeadlines } from './move-deadline';

type SetProvinceDeadlineInput = {
  id: string;
  provinceCode: string;
  /** The version of the province's date; absent the first time it is set. */
  version?: number;
  dueOn: string;
};

/** A province's earlier date for its own districts; the first setting carries no If-Match. */
export async function setProvinceDeadline({ id, provinceCode, version, dueOn }: SetProvinceDeadlineInput) {
  const header = version === undefined ? {} : { 'If-Match': ifMatch(version) };
  return body(
    await api.PUT('/api/v1/deadlines/{id}/provinces/{provinceCode}', {
      params: { path: { id, provinceCode }, header },
      body: { dueOn },
    }),
  );
}

export function useSetProvinceDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setProvinceDeadline,
    onSuccess: () => invalidateDeadlines(queryClient),
  });
}
