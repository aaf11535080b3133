import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import { formatDate } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import type { MeetingSummary } from '../api/get-meetings';
import type { Sort } from '../hooks/use-meeting-list-params';
import { meetingPath, meetingPlace } from '../utils/meeting-area';

type MeetingsTableProps = { meetings: MeetingSummary[]; sort?: Sort; onSort: (sort: Sort) => void };

/** A page of meetings: when, what, where, how many came, and how many resolutions are still open. */
export function MeetingsTable({ meetings, sort, onSort }: MeetingsTableProps) {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="heldOn" label={t('list.columns.heldOn')} sort={sort} onSort={onSort} firstDescending />
            <SortableHeader field="title" label={t('list.columns.title')} sort={sort} onSort={onSort} />
            <Table.Th scope="col">{t('list.columns.level')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.area')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.attendees')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.resolutions')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => (
            <Table.Tr key={meeting.id}>
              <Table.Td>{formatDate(meeting.heldOn, lang)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={meetingPath(meeting.id)}>
                  {meeting.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`level.${meeting.level}`)}</Table.Td>
              <Table.Td>{meetingPlace(t, meeting, lang)}</Table.Td>
              <Table.Td ta="right">{formatCount(meeting.attendeeTotal, lang)}</Table.Td>
              <Table.Td ta="right">
                {t('list.resolutionsValue', {
                  open: formatCount(meeting.openResolutions, lang),
                  total: formatCount(meeting.resolutionCount, lang),
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
