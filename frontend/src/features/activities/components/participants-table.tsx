import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '@/lib/numbers';
import type { Participants } from '../api/get-activities';
import { participantGroups } from '../utils/activity-form';

export function ParticipantsTable({ participants }: { participants: Participants }) {
  const { t, i18n } = useTranslation('activities');
  const count = (n: number | undefined) => formatCount(n ?? 0, i18n.language);
  const total = participantGroups.reduce((sum, group) => sum + (participants[group] ?? 0), 0);
  return (
    <Table captionSide="top" withTableBorder>
      <Table.Caption>{t('detail.participantsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('detail.group')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('detail.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {participantGroups.map((group) => (
          <Table.Tr key={group}>
            <Table.Th scope="row" fw="normal">
              {t(`fields.${group}`)}
            </Table.Th>
            <Table.Td ta="end">{count(participants[group])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('detail.total')}</Table.Th>
          <Table.Td ta="end" fw={700}>
            {count(total)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
