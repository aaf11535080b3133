import { Button, Group, NativeSelect, Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/numbers';
import { useActivities } from '../api/get-activities';
import { ActivitiesFilters } from '../components/activities-filters';
import { ActivitiesTable } from '../components/activities-table';
import { useCanWrite } from '../hooks/use-can-write';
import { pageSizes } from '@/lib/list-params';
import { useActivityListParams } from '../hooks/use-activity-list-params';

export function ActivitiesRoute() {
  const { t, i18n } = useTranslation('activities');
  const canWrite = useCanWrite();
  const list = useActivityListParams();
  const activities = useActivities(list.query);
  const number = (n: number) => formatCount(n, i18n.language);

  const data = activities.data;
  const from = data && data.totalItems > 0 ? data.page * data.size + 1 : 0;
  const to = data ? data.page * data.size + data.items.length : 0;

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
      {activities.isPending && <Loading />}
      {activities.isError && <ProblemAlert error={activities.error} onRetry={() => void activities.refetch()} />}
      {data && (
        <>
          <Text role="status" c="dimmed">
            {data.totalItems > 0
              ? t('list.summary', { from: number(from), to: number(to), total: number(data.totalItems) })
              : t('list.empty')}
          </Text>
          {data.items.length > 0 && <ActivitiesTable activities={data.items} sort={list.sort} onSort={list.setSort} />}
          <Group justify="space-between">
            <nav aria-label={t('list.pagination')}>
              <Pagination
                total={data.totalPages}
                value={list.page}
                onChange={list.setPage}
                hideWithOnePage
                getItemProps={(page) => ({ 'aria-label': t('list.page', { page }) })}
                getControlProps={(control) => ({ 'aria-label': t(`list.pageControls.${control}`) })}
              />
            </nav>
            <NativeSelect
              label={t('list.pageSize')}
              size="xs"
              value={String(list.size)}
              data={pageSizes.map((size) => String(size))}
              onChange={(event) => list.setSize(Number(event.currentTarget.value))}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
