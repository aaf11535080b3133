import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import { formatDate } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import type { Activity } from '../api/get-activities';
import type { Sort } from '../hooks/use-activity-list-params';
import { ActivityTypeLabel } from './activity-type-label';

type ActivitiesTableProps = { activities: Activity[]; sort?: Sort; onSort: (sort: Sort) => void };

const total = (activity: Activity) =>
  Object.values(activity.participants).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);

export function ActivitiesTable({ activities, sort, onSort }: ActivitiesTableProps) {
  const { t, i18n } = useTranslation('activities');
  const lang = i18n.language;
  // Without a sort in the URL the server lists the newest first.
  const shown = sort ?? { field: 'heldOn' as const, descending: true };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="heldOn" label={t('fields.heldOn')} sort={shown} onSort={onSort} firstDescending />
            <SortableHeader field="title" label={t('fields.title')} sort={shown} onSort={onSort} />
            <SortableHeader field="type" label={t('fields.type')} sort={shown} onSort={onSort} firstDescending />
            <Table.Th scope="col">{t('fields.center')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('fields.participants')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('fields.photos')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(activity.heldOn, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('fiscal.quarterLabel', { ns: 'common', quarter: activity.quarter, year: activity.fiscalYear })}
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/activities/${activity.id}`}>
                  {activity.title}
                </Anchor>
                {activity.outsideOperationPeriod && (
                  <Badge ml="xs" color="yellow" variant="light" tt="none">
                    {t('list.outside')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <ActivityTypeLabel category={activity.category} type={activity.type} />
              </Table.Td>
              <Table.Td>{activity.centerName ?? t('noValue')}</Table.Td>
              <Table.Td ta="end">{formatCount(total(activity), lang)}</Table.Td>
              <Table.Td ta="end">{formatCount(activity.photoCount, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
