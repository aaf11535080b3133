import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from '@/components/echart';
import { formatBaht, formatCount } from '@/lib/numbers';
import { sectors } from '../api/get-partners';
import type { SectorCoverage } from '../api/get-sector-coverage';

const FONT = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';
const HEIGHT = 7 * 32 + 48;

/** One horizontal bar per sector, its value written at the end of the bar. */
function sectorBars(names: string[], values: number[], color: string, format: (value: number) => string): ChartOption {
  return {
    textStyle: { fontFamily: FONT },
    aria: { enabled: true, label: { enabled: false } },
    grid: { left: 8, right: 72, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => format(Number(value)) },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { fontFamily: FONT } },
    series: [
      {
        type: 'bar',
        data: values,
        itemStyle: { color },
        label: { show: true, position: 'right', formatter: ({ value }) => format(Number(value)) },
      },
    ],
  };
}

/** Partners and budget by sector (loaded lazily with ECharts). */
export default function SectorCharts({ coverage }: { coverage: SectorCoverage }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;

  const partners = useMemo(
    () =>
      sectorBars(
        sectors.map((sector) => t(`sector.${sector}`)),
        sectors.map((sector) => coverage.partnersBySector[sector] ?? 0),
        '#4263eb',
        (value) => formatCount(value, lang),
      ),
    [coverage, t, lang],
  );
  const budget = useMemo(
    () =>
      sectorBars(
        sectors.map((sector) => t(`sector.${sector}`)),
        sectors.map((sector) => coverage.budgetBySector[sector] ?? 0),
        '#0ca678',
        (value) => formatBaht(value, lang),
      ),
    [coverage, t, lang],
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Stack gap="xs" component="figure" m={0}>
        <Title order={4} size="h5" component="figcaption">
          {t('coverage.charts.partnersTitle')}
        </Title>
        <EChart option={partners} height={HEIGHT} label={t('coverage.charts.partnersLabel')} />
      </Stack>
      <Stack gap="xs" component="figure" m={0}>
        <Title order={4} size="h5" component="figcaption">
          {t('coverage.charts.budgetTitle')}
        </Title>
        <EChart option={budget} height={HEIGHT} label={t('coverage.charts.budgetLabel')} />
      </Stack>
    </SimpleGrid>
  );
}
