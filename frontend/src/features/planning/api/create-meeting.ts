import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { meetingKeys } from './query-keys';

export type MeetingRequest = components['schemas']['MeetingRequest'];

export async function createMeeting(request: MeetingRequest) {
  return body(await api.POST('/api/v1/meetings', { body: request }));
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
