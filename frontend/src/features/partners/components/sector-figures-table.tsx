import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBaht, formatCount } from '@/lib/numbers';
import { sectors } from '../api/get-partners';
import type { SectorCoverage } from '../api/get-sector-coverage';

/** The figures the charts draw, as a table anyone (and any screen reader) can read. */
export function SectorFiguresTable({ coverage }: { coverage: SectorCoverage }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped captionSide="top" withTableBorder>
        <Table.Caption>{t('coverage.figures.caption', { year: coverage.fiscalYear })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.sector')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('coverage.figures.partners')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('coverage.figures.centers')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('coverage.figures.budget')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sectors.map((sector) => (
            <Table.Tr key={sector}>
              <Table.Th scope="row" fw="normal">
                {t(`sector.${sector}`)}
              </Table.Th>
              <Table.Td ta="right">{formatCount(coverage.partnersBySector[sector] ?? 0, lang)}</Table.Td>
              <Table.Td ta="right">{formatCount(coverage.centersBySector[sector] ?? 0, lang)}</Table.Td>
              <Table.Td ta="right">{formatBaht(coverage.budgetBySector[sector] ?? 0, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
