import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '@/components/paged-list';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useActivities } from '../api/get-activities';
import { ActivitiesFilters } from '../components/activities-filters';
import { ActivitiesTable } from '../components/activities-table';
import { useActivityListParams } from '../hooks/use-activity-list-params';

export function ActivitiesRoute() {
  const { t } = useTranslation('activities');
  const canWrite = usePermissions().canWrite;
  const list = useActivityListParams();
  const activities = useActivities(list.query);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('list.heading')}</Title>
        {canWrite && (
          <Button component={Link} to="/activities/new" size="md">
            {t('list.new')}
          </Button>
        )}
      </Group>
      <ActivitiesFilters filters={list.filters} onChange={list.setFilters} onClear={list.clearFilters} />
      <PagedList ns="activities" result={activities} list={list}>
        {(items) => <ActivitiesTable activities={items} sort={list.sort} onSort={list.setSort} />}
      </PagedList>
    </Stack>
  );
}
