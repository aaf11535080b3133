import { Button, Group, Modal, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useDeleteActivityPhoto } from '../api/delete-activity-photo';
import type { Photo } from '../api/get-activity-photos';
import { PhotoImage } from './photo-image';

type PhotoGalleryProps = { activityId: string; title: string; photos: Photo[] };

/** Thumbnails; a tap opens the photo in full, where an officer may delete it after confirming. */
export function PhotoGallery({ activityId, title, photos }: PhotoGalleryProps) {
  const { t } = useTranslation('activities');
  const [open, setOpen] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const canWrite = usePermissions().canWrite;
  const remove = useDeleteActivityPhoto();
  const current = open === null ? undefined : photos[open];
  const close = () => {
    setOpen(null);
    setConfirming(false);
    remove.reset();
  };

  if (photos.length === 0) return <Text c="dimmed">{t('photos.none')}</Text>;

  return (
    <>
      <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <UnstyledButton
              w="100%"
              aria-label={t('photos.open', { index: index + 1 })}
              onClick={() => setOpen(index)}
            >
              <PhotoImage
                activityId={activityId}
                photoId={photo.id}
                variant="thumbnail"
                alt={t('photos.alt', { index: index + 1, title })}
                height={120}
              />
            </UnstyledButton>
          </li>
        ))}
      </SimpleGrid>
      <Modal
        opened={current !== undefined}
        onClose={close}
        size="xl"
        title={open === null ? '' : t('photos.viewer', { index: open + 1, total: photos.length })}
      >
        {current && open !== null && (
          <Stack>
            <PhotoImage
              activityId={activityId}
              photoId={current.id}
              variant="full"
              alt={t('photos.alt', { index: open + 1, title })}
              height="70vh"
            />
            <Group justify="space-between">
              <Button variant="default" disabled={open === 0} onClick={() => setOpen(open - 1)}>
                {t('photos.previous')}
              </Button>
              <Button variant="default" disabled={open === photos.length - 1} onClick={() => setOpen(open + 1)}>
                {t('photos.next')}
              </Button>
            </Group>
            {canWrite && !confirming && (
              <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                {t('photos.delete')}
              </Button>
            )}
            {canWrite && confirming && (
              <Stack gap="xs" role="alertdialog" aria-label={t('photos.delete')}>
                <Text>{t('photos.deleteConfirm')}</Text>
                <Group>
                  <Button variant="default" onClick={() => setConfirming(false)}>
                    {t('photos.deleteCancel')}
                  </Button>
                  <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(current, { onSuccess: close })}>
                    {t('photos.deleteYes')}
                  </Button>
                </Group>
                {remove.error && <ProblemAlert error={remove.error} />}
              </Stack>
            )}
          </Stack>
        )}
      </Modal>
    </>
  );
}
