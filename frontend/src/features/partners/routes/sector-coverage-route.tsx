import { Anchor, List, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFiscalYears } from '@/features/calendar/api/get-fiscal-years';
import { AreaBreadcrumbs } from '@/features/geo/components/area-breadcrumbs';
import { useMe } from '@/features/me/api/get-me';
import { formatCount } from '@/lib/numbers';
import { localizedName } from '@/lib/localized-name';
import { useSectorCoverage } from '../api/get-sector-coverage';
import { CoverageKpiCards } from '../components/coverage-kpi-cards';
import { SectorFiguresTable } from '../components/sector-figures-table';
import { SectorMatrix } from '../components/sector-matrix';
import { useCoverageParams } from '../hooks/use-coverage-params';

// ECharts loads only with the charts.
const SectorCharts = lazy(() => import('../components/sector-charts'));

const MIN_CHOICES = [1, 2, 3, 4, 5, 6, 7] as const;

/** Which of the 7 sectors work with the centers of an area in a fiscal year, drilling down to centers. */
export function SectorCoverageRoute() {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const me = useMe();
  const years = useFiscalYears();
  const params = useCoverageParams();
  const { areaCode, fiscalYear = 0, minSectors } = params;
  const coverage = useSectorCoverage(
    { areaCode: areaCode || undefined, fiscalYear, minSectors },
    params.ready,
  );

  const known = (years.data ?? []).map((year) => String(year.year));
  const yearChoices = [...new Set([...known, ...(fiscalYear ? [String(fiscalYear)] : [])])].sort(
    (a, b) => Number(b) - Number(a),
  );
  const data = coverage.data;

  return (
    <Stack>
      <Anchor component={Link} to="/partners" size="sm">
        {t('detail.back')}
      </Anchor>
      <Title order={2}>{t('coverage.heading')}</Title>
      <Text c="dimmed">{t('coverage.intro')}</Text>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('coverage.filter.label')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <NativeSelect
            label={t('links.fields.fiscalYear')}
            value={fiscalYear ? String(fiscalYear) : ''}
            data={yearChoices.map((year) => ({ value: year, label: t('links.form.yearOption', { year }) }))}
            onChange={(event) => params.setFiscalYear(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('coverage.filter.minSectors')}
            value={String(minSectors)}
            data={MIN_CHOICES.map((min) => ({ value: String(min), label: t('coverage.filter.minOption', { min }) }))}
            onChange={(event) => params.setMinSectors(Number(event.currentTarget.value))}
          />
        </SimpleGrid>
      </Paper>
      {(!params.ready || coverage.isPending) && !coverage.isError && <Loading />}
      {coverage.isError && <ProblemAlert error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {data && me.data && (
        <>
          <AreaBreadcrumbs
            own={me.data.area}
            current={data.area}
            linkTo={params.linkTo}
            nationLabel={t('coverage.nation')}
          />
          <Title order={3} size="h3">
            {t('coverage.areaHeading', {
              area: data.area.code ? localizedName(data.area, lang) : t('coverage.nation'),
              year: data.fiscalYear,
            })}
          </Title>
          <CoverageKpiCards coverage={data} />
          <Paper withBorder p="md" component="section" aria-labelledby="sector-figures-heading">
            <Stack gap="md">
              <Title order={3} size="h4" id="sector-figures-heading">
                {t('coverage.figures.heading')}
              </Title>
              <Suspense fallback={<Loading />}>
                <SectorCharts coverage={data} />
              </Suspense>
              <SectorFiguresTable coverage={data} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="sector-matrix-heading">
            <Stack gap="sm">
              <Title order={3} size="h4" id="sector-matrix-heading">
                {t('coverage.matrix.heading')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('coverage.matrix.help', { min: data.minSectors })}
              </Text>
              <SectorMatrix coverage={data} linkTo={params.linkTo} />
            </Stack>
          </Paper>
          {data.belowMinimum && (
            <Paper withBorder p="md" component="section" aria-labelledby="below-minimum-heading">
              <Stack gap="xs">
                <Title order={3} size="h4" id="below-minimum-heading">
                  {t('coverage.belowList.heading', {
                    min: data.minSectors,
                    total: formatCount(data.belowMinimum.length, lang),
                  })}
                </Title>
                {data.belowMinimum.length === 0 ? (
                  <Text c="dimmed">{t('coverage.belowList.none', { min: data.minSectors })}</Text>
                ) : (
                  <List size="sm">
                    {data.belowMinimum.map((row) => (
                      <List.Item key={row.centerId}>
                        <Anchor component={Link} to={`/centers/${row.centerId}`}>
                          {row.centerName}
                        </Anchor>{' '}
                        <Text span size="sm" c="dimmed">
                          {t('coverage.belowList.count', { n: row.sectorCount })}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
