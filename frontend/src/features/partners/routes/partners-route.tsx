import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '@/components/paged-list';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { usePartners } from '../api/get-partners';
import { PartnersFilters } from '../components/partners-filters';
import { PartnersTable } from '../components/partners-table';
import { usePartnerListParams } from '../hooks/use-partner-list-params';

export function PartnersRoute() {
  const { t } = useTranslation('partners');
  const canWrite = usePermissions().canWrite;
  const list = usePartnerListParams();
  const partners = usePartners(list.query);

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
      <PagedList ns="partners" result={partners} list={list}>
        {(items) => <PartnersTable partners={items} sort={list.sort} onSort={list.setSort} />}
      </PagedList>
    </Stack>
  );
}
