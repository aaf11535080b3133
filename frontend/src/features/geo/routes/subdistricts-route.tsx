import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { localizedName } from '@/lib/localized-name';
import { useDistrict } from '../api/get-district';
import { useProvince } from '../api/get-province';
import { useSubdistricts } from '../api/get-subdistricts';
import { GeoBreadcrumbs } from '../components/geo-breadcrumbs';
import { SubdistrictsTable } from '../components/subdistricts-table';

export function SubdistrictsRoute() {
  const { t, i18n } = useTranslation('geo');
  const { provinceCode = '', districtCode = '' } = useParams();
  const province = useProvince(provinceCode);
  const district = useDistrict(districtCode);
  const subdistricts = useSubdistricts(districtCode);

  const error = province.error ?? district.error ?? subdistricts.error;
  const retry = () => void Promise.all([province.refetch(), district.refetch(), subdistricts.refetch()]);
  if (error) return <ProblemAlert error={error} onRetry={retry} />;
  if (!province.data || !district.data || !subdistricts.data) return <Loading />;

  const provinceName = localizedName(province.data, i18n.language);
  const districtName = localizedName(district.data, i18n.language);
  return (
    <Stack>
      <GeoBreadcrumbs
        crumbs={[
          { label: t('breadcrumbs.country'), to: '/geo' },
          { label: t('province.heading', { name: provinceName }), to: `/geo/${provinceCode}` },
          { label: t('district.heading', { name: districtName }) },
        ]}
      />
      <div>
        <Title order={2}>{t('district.heading', { name: districtName })}</Title>
        <Text c="dimmed">{t('subdistricts.count', { count: subdistricts.data.totalItems ?? 0 })}</Text>
      </div>
      <SubdistrictsTable subdistricts={subdistricts.data.items ?? []} districtName={districtName} />
    </Stack>
  );
}
