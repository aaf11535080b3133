import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import type { Activity } from '../api/get-activities';
import type { PhotoUpload } from '../hooks/use-photo-uploads';
import { PhotoUploadList } from './photo-upload-list';
import { WarningsNotice } from './warnings-notice';

type SavedPanelProps = {
  activity: Activity;
  uploads: PhotoUpload[];
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
  onNext: () => void;
};

/**
 * The activity is saved whatever happens to its photos: this says so, shows the server's
 * warnings and each photo's upload, and offers to send a failed one again.
 */
export function SavedPanel({ activity, uploads, onRetry, onRemove, onNext }: SavedPanelProps) {
  const { t, i18n } = useTranslation('activities');
  const heading = useRef<HTMLHeadingElement>(null);
  const failed = uploads.filter((item) => item.status === 'failed').length;
  const busy = uploads.some((item) => item.status === 'uploading' || item.status === 'waiting');

  // Focus moves here, so screen readers announce the result and the page scrolls to it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="md" maw={640}>
      <Paper withBorder p="md" radius="md" bg="green.0" component="section" aria-labelledby="activity-saved-heading">
        <Title order={3} size="h4" c="green.9" ref={heading} tabIndex={-1} id="activity-saved-heading">
          <span aria-hidden="true">✓ </span>
          {t('saved.title')}
        </Title>
        <Text>{t('saved.body', { title: activity.title, date: formatDate(activity.heldOn, i18n.language, { style: 'long' }) })}</Text>
      </Paper>
      <WarningsNotice warnings={activity.warnings} />
      {failed > 0 && (
        <Alert color="orange" variant="light" role="alert">
          {t('saved.photosFailed', { count: failed })}
        </Alert>
      )}
      <PhotoUploadList items={uploads} onRetry={onRetry} onRemove={onRemove} />
      <Button component={Link} to={`/activities/${activity.id}`} size="lg">
        {t('saved.view')}
      </Button>
      <Button variant="default" size="lg" onClick={onNext} disabled={busy}>
        {t('saved.next')}
      </Button>
    </Stack>
  );
}
