import { Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useProvinces, type Province } from '../api/get-provinces';
import { GeoBreadcrumbs } from '../components/geo-breadcrumbs';
import { ProvincesTable } from '../components/provinces-table';

function matches(province: Province, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || [province.code, province.nameTh, province.nameEn].some((value) => value?.toLowerCase().includes(q));
}

export function ProvincesRoute() {
  const { t } = useTranslation('geo');
  // The filter lives in the URL so a filtered list can be shared and survives reload.
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const provinces = useProvinces();

  const setQuery = (value: string) =>
    setSearchParams(value ? { q: value } : {}, { replace: true });

  const shown = (provinces.data?.items ?? []).filter((p) => matches(p, query));

  return (
    <Stack>
      <GeoBreadcrumbs crumbs={[{ label: t('breadcrumbs.country') }]} />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('provinces.heading')}</Title>
          {provinces.data && (
            <Text c="dimmed">{t('provinces.count', { count: provinces.data.totalItems ?? 0 })}</Text>
          )}
        </div>
        <TextInput
          type="search"
          label={t('provinces.filterLabel')}
          placeholder={t('provinces.filterPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </Group>
      {provinces.isPending && <Loading />}
      {provinces.isError && <ProblemAlert error={provinces.error} onRetry={() => void provinces.refetch()} />}
      {provinces.data &&
        (shown.length > 0 ? (
          <ProvincesTable provinces={shown} />
        ) : (
          <Text role="status">{t('provinces.noMatch', { query })}</Text>
        ))}
    </Stack>
  );
}
