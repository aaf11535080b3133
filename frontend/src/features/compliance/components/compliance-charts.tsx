import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from '@/components/echart';
import { activityCategories, categorySection } from '@/config/activity-types';
import type { ComplianceRow } from '../api/get-compliance';
import { rowName } from './row-name';

const FONT = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';
const ROW_HEIGHT = 28;
const CATEGORY_COLORS = ['#0ca678', '#4263eb', '#f76707'];
// Decal patterns tell the stacked categories apart without relying on colour.
const ARIA = { enabled: true, label: { enabled: false }, decal: { show: true } } as const;

const heightFor = (rows: number) => Math.max(160, rows * ROW_HEIGHT + 90);

function categoryAxis(names: string[]) {
  return {
    type: 'category' as const,
    data: names,
    inverse: true,
    axisLabel: { width: 120, overflow: 'truncate' as const, fontFamily: FONT },
  };
}

/** Compliance rate and activities by category, one bar per row (province, district or center). */
export default function ComplianceCharts({ rows }: { rows: ComplianceRow[] }) {
  const { t, i18n } = useTranslation('compliance');
  const lang = i18n.language;
  const unit = t(rows.some((row) => row.centerId) ? 'charts.unitCenter' : 'charts.unitArea');

  const names = useMemo(() => rows.map((row) => rowName(row, lang)), [rows, lang]);

  const rate = useMemo<ChartOption>(
    () => ({
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { enabled: false } },
      grid: { left: 8, right: 48, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)}%` },
      xAxis: { type: 'value', min: 0, max: 100, interval: 50, axisLabel: { formatter: '{value}%' } },
      yAxis: categoryAxis(names),
      series: [
        {
          type: 'bar',
          name: t('charts.rate'),
          data: rows.map((row) => Math.round(row.figures.rate * 1000) / 10),
          label: { show: true, position: 'right', formatter: '{c}%' },
          itemStyle: { color: '#4263eb' },
        },
      ],
    }),
    [rows, names, t],
  );

  const categories = useMemo<ChartOption>(
    () => ({
      textStyle: { fontFamily: FONT },
      aria: ARIA,
      color: CATEGORY_COLORS,
      legend: { top: 0, textStyle: { fontFamily: FONT } },
      grid: { left: 8, right: 24, top: 40, bottom: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: categoryAxis(names),
      series: activityCategories.map((category) => ({
        type: 'bar' as const,
        stack: 'activities',
        name: `${categorySection[category]} ${t(`activityCategoryShort.${category}`, { ns: 'common' })}`,
        data: rows.map((row) => row.figures.byCategory[category] ?? 0),
      })),
    }),
    [rows, names, t],
  );

  const height = heightFor(rows.length);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Stack gap="xs" component="figure" m={0}>
        <Title order={4} size="h5" component="figcaption">
          {t('charts.rateTitle')}
        </Title>
        <EChart option={rate} height={height} label={t('charts.rateLabel', { unit })} />
      </Stack>
      <Stack gap="xs" component="figure" m={0}>
        <Title order={4} size="h5" component="figcaption">
          {t('charts.categoryTitle')}
        </Title>
        <EChart option={categories} height={height} label={t('charts.categoryLabel', { unit })} />
      </Stack>
    </SimpleGrid>
  );
}
