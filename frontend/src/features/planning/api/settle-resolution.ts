import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';
import { meetingKeys } from './query-keys';

export type ResolutionDoneRequest = components['schemas']['ResolutionDoneRequest'];

type SettleInput = { meetingId: string; version: number; resolutionId: string; request: ResolutionDoneRequest };

/** Marks a resolution done, or open again; the meeting's version guards it and a new one comes back. */
export async function settleResolution({ meetingId, version, resolutionId, request }: SettleInput) {
  return body(
    await api.PUT('/api/v1/meetings/{id}/resolutions/{resolutionId}/done', {
      params: { path: { id: meetingId, resolutionId }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useSettleResolution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settleResolution,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
