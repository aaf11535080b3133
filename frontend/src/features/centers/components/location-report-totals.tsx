import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocationReport } from '../api/get-location-report';

export function LocationReportTotals({ totals }: { totals: LocationReport['totals'] }) {
  const { t, i18n } = useTranslation('centers');
  const number = new Intl.NumberFormat(i18n.language);
  const items = [
    { key: 'subdistricts', value: totals.subdistricts },
    { key: 'withCenter', value: totals.subdistrictsWithCenter },
    { key: 'withoutCenter', value: totals.subdistrictsWithoutCenter, alert: totals.subdistrictsWithoutCenter > 0 },
    { key: 'centers', value: totals.centers },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
      {items.map((item) => (
        <Paper key={item.key} withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {t(`report.totals.${item.key}`)}
          </Text>
          <Text component="dd" m={0} size="xl" fw={700} c={item.alert ? 'red' : undefined}>
            {number.format(item.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
