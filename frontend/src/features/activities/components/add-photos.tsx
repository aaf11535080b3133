import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhotoUploads } from '../hooks/use-photo-uploads';
import { PhotoPicker } from './photo-picker';
import { PhotoUploadList } from './photo-upload-list';

type AddPhotosProps = { activityId: string; existing: number };

/** Adds photos to a saved activity: each goes out as soon as it is chosen. */
export function AddPhotos({ activityId, existing }: AddPhotosProps) {
  const { t } = useTranslation('activities');
  // Sent photos move to the gallery above, and count there.
  const uploads = usePhotoUploads({ existing, forgetDone: true });
  return (
    <Stack gap="xs" component="section" aria-label={t('photos.add')}>
      <PhotoPicker room={uploads.room} onFiles={(files) => void uploads.upload(activityId, uploads.add(files))} />
      <PhotoUploadList
        items={uploads.items}
        onRetry={(key) => void uploads.retry(activityId, key)}
        onRemove={uploads.remove}
      />
    </Stack>
  );
}
