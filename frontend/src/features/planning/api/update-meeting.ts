import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import type { MeetingRequest } from './create-meeting';
import { meetingKeys } from './query-keys';

type UpdateMeetingInput = { id: string; version: number; request: MeetingRequest };

/** New minutes; resolutions sent with their id keep whether they are done. */
export async function updateMeeting({ id, version, request }: UpdateMeetingInput) {
  return body(
    await api.PUT('/api/v1/meetings/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMeeting,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
