import { uploadWithProgress, type UploadProgress } from '@/lib/upload';
import { PHOTO_TYPES, type Photo } from './get-activity-photos';

type UploadPhotoInput = {
  activityId: string;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
};

/** Sends the image file itself as the body; the server judges its type from the content. */
export function uploadActivityPhoto({ activityId, file, onProgress }: UploadPhotoInput): Promise<Photo> {
  return uploadWithProgress<Photo>({
    path: `/api/v1/activities/${encodeURIComponent(activityId)}/photos`,
    body: file,
    contentType: PHOTO_TYPES.includes(file.type) ? file.type : 'application/octet-stream',
    onProgress,
  });
}
