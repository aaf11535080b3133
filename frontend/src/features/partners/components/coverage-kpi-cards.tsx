import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBaht, formatCount } from '@/lib/numbers';
import { sectors } from '../api/get-partners';
import type { SectorCoverage } from '../api/get-sector-coverage';

const sum = (values: Record<string, number>) => sectors.reduce((total, sector) => total + (values[sector] ?? 0), 0);

/** The area's key figures as a description list: a label and its value per card. */
export function CoverageKpiCards({ coverage }: { coverage: SectorCoverage }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const min = coverage.minSectors;
  const cards = [
    { label: t('coverage.kpi.centers'), value: formatCount(coverage.centers, lang) },
    {
      label: t('coverage.kpi.meeting', { min }),
      value: formatCount(coverage.centers - coverage.centersBelowMinimum, lang),
    },
    { label: t('coverage.kpi.below', { min }), value: formatCount(coverage.centersBelowMinimum, lang) },
    // A partner belongs to one sector, so the sectors' counts add up to the partners.
    { label: t('coverage.kpi.partners'), value: formatCount(sum(coverage.partnersBySector), lang) },
    { label: t('coverage.kpi.budget'), value: formatBaht(sum(coverage.budgetBySector), lang) },
  ];
  return (
    <section aria-label={t('coverage.kpi.label')}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
        {cards.map((card) => (
          <Paper key={card.label} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="dimmed">
              {card.label}
            </Text>
            <Text component="dd" m={0} fz={26} fw={700} lh={1.2}>
              {card.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
