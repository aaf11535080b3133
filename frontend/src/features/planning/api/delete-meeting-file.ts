import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Attachment } from '@/lib/attachments';
import { meetingKeys } from './query-keys';

type DeleteMeetingFileInput = { meetingId: string; file: Attachment };

/** Removes a file of a meeting; If-Match is the file's own ETag, so only the file the officer saw goes. */
export async function deleteMeetingFile({ meetingId, file }: DeleteMeetingFileInput) {
  // 204: nothing comes back; a refusal has thrown in the client's middleware
  await api.DELETE('/api/v1/meetings/{id}/files/{fileId}', {
    params: { path: { id: meetingId, fileId: file.id }, header: { 'If-Match': file.etag } },
  });
}

export function useDeleteMeetingFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMeetingFile,
    onSuccess: (_, { meetingId }) => queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }),
  });
}
