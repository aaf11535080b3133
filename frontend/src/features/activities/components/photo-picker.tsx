import { Button, FileButton, SimpleGrid, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppConfig } from '@/lib/app-config';

type PhotoPickerProps = {
  onFiles: (files: File[]) => void;
  /** How many more photos the activity may have. */
  room: number;
  disabled?: boolean;
};

/**
 * Two ways in: the camera (capture="environment" opens the back camera on phones) and the photos
 * already on the device. Both take several photos at once.
 */
export function PhotoPicker({ onFiles, room, disabled }: PhotoPickerProps) {
  const { t } = useTranslation('activities');
  const { photos } = useAppConfig();
  const sizeMb = Math.round((photos.maxBytes / 1024 / 1024) * 10) / 10;
  const full = room <= 0;
  const resetCamera = useRef<() => void>(null);
  const resetChoice = useRef<() => void>(null);
  const pick = (files: File[]) => {
    if (files.length > 0) onFiles(files);
    // Emptied, so choosing the same file again (after removing it) still counts as a choice.
    resetCamera.current?.();
    resetChoice.current?.();
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('photos.help', { max: photos.maxPerActivity, size: sizeMb })} · {full ? t('photos.full') : t('photos.room', { count: room })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <FileButton
          onChange={pick}
          accept="image/*"
          capture="environment"
          multiple
          resetRef={resetCamera}
          disabled={disabled || full}
          inputProps={{ 'aria-label': t('photos.cameraInput') }}
        >
          {(props) => (
            <Button {...props} size="lg" variant="light" disabled={disabled || full}>
              {t('photos.camera')}
            </Button>
          )}
        </FileButton>
        <FileButton
          onChange={pick}
          accept={photos.acceptedTypes.join(',')}
          multiple
          resetRef={resetChoice}
          disabled={disabled || full}
          inputProps={{ 'aria-label': t('photos.chooseInput') }}
        >
          {(props) => (
            <Button {...props} size="lg" variant="default" disabled={disabled || full}>
              {t('photos.choose')}
            </Button>
          )}
        </FileButton>
      </SimpleGrid>
    </Stack>
  );
}
