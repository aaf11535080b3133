import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import type { CenterRanking } from '../api/get-rankings';
import { visitPath } from '../utils/paths';
import { formatTwoDecimals as formatScore } from '@/lib/numbers';

/** Centers by their latest visit's total, best first; equal totals share a rank. */
export function RankingsTable({ rankings, fiscalYear }: { rankings: CenterRanking[]; fiscalYear: number }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Caption>{t('rankings.caption', { year: fiscalYear })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              {t('rankings.columns.rank')}
            </Table.Th>
            <Table.Th scope="col">{t('rankings.columns.center')}</Table.Th>
            <Table.Th scope="col">{t('rankings.columns.district')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('rankings.columns.total')}
            </Table.Th>
            <Table.Th scope="col">{t('rankings.columns.level')}</Table.Th>
            <Table.Th scope="col">{t('rankings.columns.visitedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rankings.map((row) => (
            <Table.Tr key={row.centerId}>
              <Table.Td ta="right">{row.rank}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={visitPath(row.visitId)}>
                  {row.centerName}
                </Anchor>
              </Table.Th>
              <Table.Td>{localizedName(row.district, lang)}</Table.Td>
              <Table.Td ta="right">{formatScore(row.total, lang)}</Table.Td>
              <Table.Td>{row.level ?? '–'}</Table.Td>
              <Table.Td>{formatDate(row.visitedOn, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
