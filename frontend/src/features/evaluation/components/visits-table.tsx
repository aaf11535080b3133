import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { formatTwoDecimals } from '@/lib/numbers';
import type { VisitSummary } from '../api/get-visits';
import { visitPath } from '../utils/paths';

type VisitsTableProps = { visits: VisitSummary[]; caption: string; showCenter?: boolean };

/** Visits: when, which center, the score and level, and where the follow-up stands. */
export function VisitsTable({ visits, caption, showCenter = true }: VisitsTableProps) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('visits.columns.visitedOn')}</Table.Th>
            {showCenter && <Table.Th scope="col">{t('visits.columns.center')}</Table.Th>}
            <Table.Th scope="col" ta="right">
              {t('visits.columns.total')}
            </Table.Th>
            <Table.Th scope="col">{t('visits.columns.level')}</Table.Th>
            <Table.Th scope="col">{t('visits.columns.followUp')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={visitPath(visit.id)}>
                  {formatDate(visit.visitedOn, lang)}
                </Anchor>
              </Table.Th>
              {showCenter && <Table.Td>{visit.centerName}</Table.Td>}
              <Table.Td ta="right">{formatTwoDecimals(visit.total, lang)}</Table.Td>
              <Table.Td>{visit.level ?? '–'}</Table.Td>
              <Table.Td>
                {visit.followUpDoneOn ? (
                  t('visits.followUpDone')
                ) : visit.followUpOverdue ? (
                  <Badge color="red" variant="light">
                    {t('visits.followUpOverdue')}
                  </Badge>
                ) : visit.followUpDueOn ? (
                  t('visits.followUpOpen', { date: formatDate(visit.followUpDueOn, lang) })
                ) : (
                  '–'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
