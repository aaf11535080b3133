import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '@/components/paged-list';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useCenters } from '../api/get-centers';
import { CentersFilters } from '../components/centers-filters';
import { CentersTable } from '../components/centers-table';
import { useCenterListParams } from '../hooks/use-center-list-params';

export function CentersRoute() {
  const { t } = useTranslation('centers');
  const canWrite = usePermissions().canWrite;
  const list = useCenterListParams();
  const centers = useCenters(list.query);

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
      <PagedList ns="centers" result={centers} list={list}>
        {(items) => <CentersTable centers={items} sort={list.sort} onSort={list.setSort} />}
      </PagedList>
    </Stack>
  );
}
