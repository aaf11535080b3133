import { Button, Group, NativeSelect, Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useCenters } from '../api/get-centers';
import { CentersFilters } from '../components/centers-filters';
import { CentersTable } from '../components/centers-table';
import { useCanWrite } from '../hooks/use-can-write';
import { pageSizes } from '@/lib/list-params';
import { useCenterListParams } from '../hooks/use-center-list-params';

export function CentersRoute() {
  const { t, i18n } = useTranslation('centers');
  const canWrite = useCanWrite();
  const list = useCenterListParams();
  const centers = useCenters(list.query);
  const number = new Intl.NumberFormat(i18n.language);

  const data = centers.data;
  const from = data && data.totalItems > 0 ? data.page * data.size + 1 : 0;
  const to = data ? data.page * data.size + data.items.length : 0;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('list.heading')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/centers/map" variant="default">
            {t('list.mapLink')}
          </Button>
          <Button component={Link} to="/centers/location-report" variant="default">
            {t('list.reportLink')}
          </Button>
          {canWrite && (
            <Button component={Link} to="/centers/new">
              {t('list.newCenter')}
            </Button>
          )}
        </Group>
      </Group>
      <CentersFilters filters={list.filters} onChange={list.setFilters} onClear={list.clearFilters} />
      {centers.isPending && <Loading />}
      {centers.isError && <ProblemAlert error={centers.error} onRetry={() => void centers.refetch()} />}
      {data && (
        <>
          <Text role="status" c="dimmed">
            {data.totalItems > 0
              ? t('list.summary', { from: number.format(from), to: number.format(to), total: number.format(data.totalItems) })
              : t('list.empty')}
          </Text>
          {data.items.length > 0 && <CentersTable centers={data.items} sort={list.sort} onSort={list.setSort} />}
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
