import { Anchor, Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useActivity } from '../api/get-activity';
import { useActivityPhotos } from '../api/get-activity-photos';
import { ActivityDetails } from '../components/activity-details';
import { AddPhotos } from '../components/add-photos';
import { HistoryTimeline } from '../components/history-timeline';
import { ParticipantsTable } from '../components/participants-table';
import { PhotoGallery } from '../components/photo-gallery';
import { VoidActivityModal } from '../components/void-activity-modal';
import { VoidedAlert } from '../components/voided-alert';

type ActivityRouteProps = {
  /** The partners who took part, a section the partners feature provides; the app puts it here. */
  partnersSection?: ComponentType<{ activityId: string; canWrite: boolean }>;
};

export function ActivityRoute({ partnersSection: PartnersSection }: ActivityRouteProps) {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const photos = useActivityPhotos(id);
  const canWrite = usePermissions().canWrite;
  const [voidOpen, setVoidOpen] = useState(false);

  const back = (
    <Anchor component={Link} to="/activities" size="sm">
      {t('detail.back')}
    </Anchor>
  );

  if (activity.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={activity.error} onRetry={() => void activity.refetch()} />
      </Stack>
    );
  }
  if (!activity.data) return <Loading />;
  const data = activity.data;
  // A voided activity can no longer change (the server answers 409); only its photos may still go.
  const canChange = canWrite && !data.voided;

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{data.title}</Title>
        {canChange && (
          <Group gap="xs">
            <Button component={Link} to={`/activities/${data.id}/edit`}>
              {t('detail.edit')}
            </Button>
            <Button color="red" variant="light" onClick={() => setVoidOpen(true)}>
              {t('void.action')}
            </Button>
          </Group>
        )}
      </Group>
      {data.voided && <VoidedAlert voided={data.voided} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="activity-details-heading">
            <Title order={3} size="h4" id="activity-details-heading" mb="sm">
              {t('detail.details')}
            </Title>
            <ActivityDetails activity={data} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md">
            <ParticipantsTable participants={data.participants} />
          </Paper>
        </Grid.Col>
      </Grid>
      {PartnersSection && (
        <Paper withBorder p="md">
          <PartnersSection activityId={data.id} canWrite={canChange} />
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="activity-photos-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="activity-photos-heading">
            {t('photos.gallery')}
          </Title>
          {photos.isPending && <Loading />}
          {photos.isError && <ProblemAlert error={photos.error} onRetry={() => void photos.refetch()} />}
          {photos.data && <PhotoGallery activityId={data.id} title={data.title} photos={photos.data} />}
          {canChange && photos.data && <AddPhotos activityId={data.id} existing={photos.data.length} />}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <HistoryTimeline activityId={data.id} />
      </Paper>
      {/* Stays mounted once the activity is voided, so the dialog can close the usual way. */}
      {canWrite && <VoidActivityModal activity={data} opened={voidOpen} onClose={() => setVoidOpen(false)} />}
    </Stack>
  );
}
