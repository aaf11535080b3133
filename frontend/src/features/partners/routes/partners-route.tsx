import { Button, Group, NativeSelect, Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePartners } from '../api/get-partners';
import { PartnersFilters } from '../components/partners-filters';
import { PartnersTable } from '../components/partners-table';
import { useCanWrite } from '../hooks/use-can-write';
import { pageSizes } from '@/lib/list-params';
import { usePartnerListParams } from '../hooks/use-partner-list-params';

export function PartnersRoute() {
  const { t, i18n } = useTranslation('partners');
  const canWrite = useCanWrite();
  const list = usePartnerListParams();
  const partners = usePartners(list.query);
  const number = new Intl.NumberFormat(i18n.language);

  const data = partners.data;
  const from = data && data.totalItems > 0 ? data.page * data.size + 1 : 0;
  const to = data ? data.page * data.size + data.items.length : 0;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('list.heading')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/partners/coverage" variant="default">
            {t('list.coverageLink')}
          </Button>
          {canWrite && (
            <Button component={Link} to="/partners/new">
              {t('list.newPartner')}
            </Button>
          )}
        </Group>
      </Group>
      <PartnersFilters filters={list.filters} onChange={list.setFilters} onClear={list.clearFilters} />
      {partners.isPending && <Loading />}
      {partners.isError && <ProblemAlert error={partners.error} onRetry={() => void partners.refetch()} />}
      {data && (
        <>
          <Text role="status" c="dimmed">
            {data.totalItems > 0
              ? t('list.summary', { from: number.format(from), to: number.format(to), total: number.format(data.totalItems) })
              : t('list.empty')}
          </Text>
          {data.items.length > 0 && <PartnersTable partners={data.items} sort={list.sort} onSort={list.setSort} />}
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
