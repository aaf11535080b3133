import { Button, Group, Image, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateProblem } from '@/lib/problem';
import type { PhotoUpload } from '../hooks/use-photo-uploads';

type PhotoUploadListProps = {
  items: PhotoUpload[];
  /** Before the activity is saved, waiting photos go out with the save. */
  sendsOnSave?: boolean;
  onRetry?: (key: string) => void;
  onRemove: (key: string) => void;
};

const THUMB = 72;

function StatusText({ item, sendsOnSave }: { item: PhotoUpload; sendsOnSave: boolean }) {
  const { t } = useTranslation('activities');
  const reason = item.error === undefined ? '' : translateProblem(t, item.error);
  const color = item.status === 'failed' || item.status === 'refused' ? 'red' : item.status === 'done' ? 'green' : 'dimmed';
  const text = {
    waiting: t(sendsOnSave ? 'photos.status.waiting' : 'photos.status.waitingNow'),
    uploading: t('photos.status.uploading', { percent: item.progress }),
    done: t('photos.status.done'),
    failed: t('photos.status.failed', { reason }),
    refused: t('photos.status.refused', { reason }),
  }[item.status];
  return (
    <Text size="sm" c={color}>
      {text}
    </Text>
  );
}

/** The photos chosen, each with its thumbnail, progress and what went wrong, if anything. */
export function PhotoUploadList({ items, sendsOnSave = false, onRetry, onRemove }: PhotoUploadListProps) {
  const { t } = useTranslation('activities');
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="ul" aria-label={t('photos.chosen')} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const name = item.file.name;
        const removable = item.status !== 'uploading' && item.status !== 'done';
        return (
          <Paper key={item.key} component="li" withBorder p="xs" radius="md">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Image
                src={item.previewUrl}
                alt={t('photos.preview', { name })}
                w={THUMB}
                h={THUMB}
                fit="cover"
                radius="sm"
                style={{ flexShrink: 0 }}
              />
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} truncate="end">
                  {name}
                </Text>
                <StatusText item={item} sendsOnSave={sendsOnSave} />
                {(item.status === 'uploading' || item.status === 'done') && (
                  <Progress
                    value={item.progress}
                    size="lg"
                    color={item.status === 'done' ? 'green' : undefined}
                    aria-label={t('photos.progress', { name })}
                  />
                )}
                <Group gap="xs">
                  {item.status === 'failed' && onRetry && (
                    <Button size="sm" variant="light" aria-label={t('photos.retryLabel', { name })} onClick={() => onRetry(item.key)}>
                      {t('photos.retry')}
                    </Button>
                  )}
                  {removable && (
                    <Button size="sm" variant="subtle" color="gray" aria-label={t('photos.removeLabel', { name })} onClick={() => onRemove(item.key)}>
                      {t('photos.remove')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
