import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from '@/lib/numbers';
import type { ComplianceFigures } from '../api/get-compliance';

/** The area's key figures as a description list: a label and its value per card. */
export function KpiCards({ totals }: { totals: ComplianceFigures }) {
  const { t, i18n } = useTranslation('compliance');
  const lang = i18n.language;
  const cards = [
    { key: 'centers', value: formatCount(totals.centers, lang) },
    { key: 'compliant', value: formatCount(totals.compliantCenters, lang) },
    { key: 'nonCompliant', value: formatCount(totals.nonCompliantCenters, lang) },
    { key: 'rate', value: formatPercent(totals.rate, lang) },
    { key: 'activities', value: formatCount(totals.activities, lang) },
  ];
  return (
    <section aria-label={t('kpi.label')}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
        {cards.map((card) => (
          <Paper key={card.key} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="dimmed">
              {t(`kpi.${card.key}`)}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
              {card.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
