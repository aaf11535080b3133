import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { localizedName } from '@/lib/localized-name';
import { useDistricts } from '../api/get-districts';
import { useProvince } from '../api/get-province';
import { DistrictsTable } from '../components/districts-table';
import { GeoBreadcrumbs } from '../components/geo-breadcrumbs';

export function DistrictsRoute() {
  const { t, i18n } = useTranslation('geo');
  const { provinceCode = '' } = useParams();
  const province = useProvince(provinceCode);
  const districts = useDistricts(provinceCode);

  const error = province.error ?? districts.error;
  if (error) return <ProblemAlert error={error} onRetry={() => void Promise.all([province.refetch(), districts.refetch()])} />;
  if (!province.data || !districts.data) return <Loading />;

  const provinceName = localizedName(province.data, i18n.language);
  return (
    <Stack>
      <GeoBreadcrumbs
        crumbs={[{ label: t('breadcrumbs.country'), to: '/geo' }, { label: t('province.heading', { name: provinceName }) }]}
      />
      <div>
        <Title order={2}>{t('province.heading', { name: provinceName })}</Title>
        <Text c="dimmed">{t('districts.count', { count: districts.data.totalItems ?? 0 })}</Text>
      </div>
      <DistrictsTable districts={districts.data.items ?? []} provinceName={provinceName} />
    </Stack>
  );
}
