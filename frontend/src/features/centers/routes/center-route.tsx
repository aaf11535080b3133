import { Anchor, Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useCenter } from '../api/get-center';
import { CenterDetails } from '../components/center-details';
import { CenterStatusBadge } from '../components/center-status-badge';
import { HistoryTimeline } from '../components/history-timeline';
import { MembersSection } from '../components/members-section';
import { StatusChangeModal } from '../components/status-change-modal';

// Leaflet is loaded only when a map is shown.
const CenterLocationMap = lazy(() =>
  import('../components/center-location-map').then((m) => ({ default: m.CenterLocationMap })),
);

/** A part of the center's page that another feature provides (its partners, its evaluation visits). */
export type CenterSection = ComponentType<{ centerId: string; canWrite: boolean }>;

type CenterRouteProps = {
  /** Sections of other features, shown in order after the members; the app puts them here. */
  sections?: readonly CenterSection[];
};

export function CenterRoute({ sections = [] }: CenterRouteProps) {
  const { t } = useTranslation('centers');
  const { id = '' } = useParams();
  const center = useCenter(id);
  const canWrite = usePermissions().canWrite;
  const [statusOpen, setStatusOpen] = useState(false);

  const back = (
    <Anchor component={Link} to="/centers" size="sm">
      {t('detail.back')}
    </Anchor>
  );

  if (center.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={center.error} onRetry={() => void center.refetch()} />
      </Stack>
    );
  }
  if (!center.data) return <Loading />;
  const data = center.data;

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2}>{data.name}</Title>
          <CenterStatusBadge status={data.status} />
        </Group>
        {canWrite && (
          <Group gap="xs">
            <Button component={Link} to={`/centers/${data.id}/edit`}>
              {t('detail.edit')}
            </Button>
            {data.status !== 'CLOSED' && (
              <Button component={Link} to={`/activities/new?centerId=${data.id}`} variant="light">
                {t('detail.recordActivity')}
              </Button>
            )}
            {data.status !== 'CLOSED' && (
              <Button variant="default" onClick={() => setStatusOpen(true)}>
                {t('detail.changeStatus')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="details-heading">
            <Title order={3} size="h4" id="details-heading" mb="sm">
              {t('detail.details')}
            </Title>
            <CenterDetails center={data} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="location-heading">
            <Title order={3} size="h4" id="location-heading" mb="sm">
              {t('detail.location')}
            </Title>
            <Suspense fallback={<Loading />}>
              <CenterLocationMap center={data} />
            </Suspense>
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <MembersSection centerId={data.id} canWrite={canWrite} />
      </Paper>
      {sections.map((Section, index) => (
        <Paper withBorder p="md" key={index}>
          <Section centerId={data.id} canWrite={canWrite} />
        </Paper>
      ))}
      <Paper withBorder p="md">
        <HistoryTimeline centerId={data.id} />
      </Paper>
      {canWrite && <StatusChangeModal center={data} opened={statusOpen} onClose={() => setStatusOpen(false)} />}
    </Stack>
  );
}
