import { uploadWithProgress, type UploadProgress } from '@/lib/upload';
import type { Photo } from './get-activity-photos';

type UploadPhotoInput = {
  activityId: string;
  file: File;
  /** The types the server names (app-config); any other goes as octet-stream, for the server to judge. */
  acceptedTypes: readonly string[];
  onProgress?: (progress: UploadProgress) => void;
};

/** Sends the image file itself as the body; the server judges its type from the content. */
export function uploadActivityPhoto({ activityId, file, acceptedTypes, onProgress }: UploadPhotoInput): Promise<Photo> {
  return uploadWithProgress<Photo>({
    path: `/api/v1/activities/${encodeURIComponent(activityId)}/photos`,
    body: file,
    contentType: acceptedTypes.includes(file.type) ? file.type : 'application/octet-stream',
    onProgress,
  });
}
