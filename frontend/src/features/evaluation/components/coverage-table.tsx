import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizedName } from '@/lib/localized-name';
import { formatCount, formatPercent } from '@/lib/numbers';
import type { VisitCoverage } from '../api/get-coverage';

const QUARTERS = [1, 2, 3, 4] as const;

/** How many of each area's active centers were visited in each quarter, and what share that is. */
export function CoverageTable({ coverage }: { coverage: VisitCoverage }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language;
  const cells = (row: VisitCoverage['totals']) =>
    QUARTERS.map((quarter, index) => (
      <Table.Td key={quarter} ta="right">
        {t('coverage.cell', {
          visited: formatCount(row.visited[index] ?? 0, lang),
          rate: formatPercent(row.rates[index] ?? 0, lang),
        })}
      </Table.Td>
    ));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('coverage.caption', { year: coverage.fiscalYear })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coverage.area')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('coverage.centers')}
            </Table.Th>
            {QUARTERS.map((quarter) => (
              <Table.Th key={quarter} scope="col" ta="right">
                {t('coverage.quarter', { quarter })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.rows.map((row) => (
            <Table.Tr key={row.area.code}>
              <Table.Th scope="row" fw={400}>
                {localizedName(row.area, lang)}
              </Table.Th>
              <Table.Td ta="right">{formatCount(row.centers, lang)}</Table.Td>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('coverage.total')}</Table.Th>
            <Table.Td ta="right">{formatCount(coverage.totals.centers, lang)}</Table.Td>
            {cells(coverage.totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
