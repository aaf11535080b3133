import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../api/get-district-report';
import { formatDateTime } from '@/lib/dates';
import { StandingBadge } from './standing-badge';
import { TimelinessText } from './timeliness-text';

type StandingCellsProps = { standing: Standing; submittedAt?: string; onTime?: boolean };

/**
 * The three cells every table of who-sent-what shows for a row (a district's report, a province's,
 * an office's answer): where it stands, when it was first submitted, and on time or late.
 */
export function StandingCells({ standing, submittedAt, onTime }: StandingCellsProps) {
  const { i18n } = useTranslation();
  return (
    <>
      <Table.Td>
        <StandingBadge standing={standing} />
      </Table.Td>
      <Table.Td>{submittedAt ? formatDateTime(submittedAt, i18n.language) : '–'}</Table.Td>
      <Table.Td>
        <TimelinessText submittedAt={submittedAt} onTime={onTime} />
      </Table.Td>
    </>
  );
}
