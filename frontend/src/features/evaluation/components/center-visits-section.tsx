import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useVisits } from '../api/get-visits';
import { newVisitPath } from '../utils/paths';
import { VisitsTable } from './visits-table';

/** The center's evaluation visits over the years, newest first: the history of its scores (on the center's page). */
export function CenterVisitsSection({ centerId, canWrite }: { centerId: string; canWrite: boolean }) {
  const { t } = useTranslation('evaluation');
  const visits = useVisits({ centerId, size: 50, page: 0 });
  return (
    <Stack component="section" aria-labelledby="center-visits-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="center-visits-heading">
          {t('center.heading')}
        </Title>
        {canWrite && (
          <Button size="xs" component={Link} to={newVisitPath(centerId)}>
            {t('center.newVisit')}
          </Button>
        )}
      </Group>
      {visits.isPending && <Loading />}
      {visits.isError && <ProblemAlert error={visits.error} onRetry={() => void visits.refetch()} />}
      {visits.data && visits.data.items.length === 0 && <Text c="dimmed">{t('center.empty')}</Text>}
      {visits.data && visits.data.items.length > 0 && <VisitsTable visits={visits.data.items} caption={t('center.caption')} showCenter={false} />}
    </Stack>
  );
}
