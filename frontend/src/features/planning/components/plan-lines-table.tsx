import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanLine } from '../api/get-plan';

const statusColor = { DONE: 'green', DONE_DIFFERENTLY: 'teal', NOT_YET: 'gray' } as const;

/** The planned activities in order, each with what the center's activities did of it. */
export function PlanLinesTable({ lines, fiscalYear }: { lines: PlanLine[]; fiscalYear: number }) {
  const { t } = useTranslation('plans');
  const common = useTranslation().t;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Caption>{t('lines.caption', { year: fiscalYear })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('lines.quarter')}</Table.Th>
            <Table.Th scope="col">{t('lines.title')}</Table.Th>
            <Table.Th scope="col">{t('lines.type')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('lines.participants')}
            </Table.Th>
            <Table.Th scope="col">{t('lines.partner')}</Table.Th>
            <Table.Th scope="col">{t('lines.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.position}>
              <Table.Td>{t('lines.quarterValue', { quarter: line.quarter })}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {line.title}
              </Table.Th>
              <Table.Td>{common(`activityType.${line.type}`)}</Table.Td>
              <Table.Td ta="right">{line.expectedParticipants ?? '–'}</Table.Td>
              <Table.Td>{line.partnerName ?? '–'}</Table.Td>
              <Table.Td>
                <Badge color={statusColor[line.status]} variant="light">
                  {t(`status.${line.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
