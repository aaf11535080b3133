import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Attachment } from '@/lib/attachments';
import { uploadWithProgress } from '@/lib/upload';
import { meetingKeys } from './query-keys';

export type MeetingFileKind = 'MINUTES' | 'PHOTO';

type UploadMeetingFileInput = { meetingId: string; file: File; kind: MeetingFileKind };

/** Attaches the minutes or a photo to a meeting; the server judges the type from the content. */
export function uploadMeetingFile({ meetingId, file, kind }: UploadMeetingFileInput): Promise<Attachment> {
  const query = `kind=${kind}&fileName=${encodeURIComponent(file.name)}`;
  return uploadWithProgress<Attachment>({
    path: `/api/v1/meetings/${encodeURIComponent(meetingId)}/files?${query}`,
    body: file,
    contentType: 'application/octet-stream',
  });
}

export function useUploadMeetingFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadMeetingFile,
    onSuccess: (_, { meetingId }) => queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }),
  });
}
