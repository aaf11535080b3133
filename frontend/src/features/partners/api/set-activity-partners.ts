import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { activityKeys } from '@/lib/query-keys';
import { activityPartnerKeys } from './query-keys';

type SetActivityPartnersInput = { activityId: string; partnerIds: string[] };

/** Replaces the list of partners who took part in the activity. */
export async function setActivityPartners({ activityId, partnerIds }: SetActivityPartnersInput) {
  return body(
    await api.PUT('/api/v1/activities/{id}/partners', { params: { path: { id: activityId } }, body: { partnerIds } }),
  );
}

export function useSetActivityPartners() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setActivityPartners,
    onSuccess: (partners, { activityId }) => {
      queryClient.setQueryData(activityPartnerKeys.activity(activityId), partners);
      // The activity's history records the change.
      return queryClient.invalidateQueries({ queryKey: activityKeys.history(activityId) });
    },
  });
}
