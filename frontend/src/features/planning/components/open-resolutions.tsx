import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSection } from '@/components/list-section';
import { formatDate } from '@/lib/dates';
import { useOpenResolutions } from '../api/get-open-resolutions';
import { meetingPath } from '../utils/meeting-area';

/**
 * The follow-up of the next meeting: the resolutions not yet done of the meetings in the user's
 * area (and of the wider areas' meetings that concern it), those due first, overdue ones marked.
 */
export function OpenResolutions({ fiscalYear }: { fiscalYear?: number }) {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const open = useOpenResolutions({ fiscalYear });
  return (
    <ListSection headingId="open-resolutions-heading" heading={t('open.heading')} result={open} emptyText={t('open.empty')}>
      {(resolutions) => (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>{t('open.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('open.columns.text')}</Table.Th>
                <Table.Th scope="col">{t('open.columns.assignee')}</Table.Th>
                <Table.Th scope="col">{t('open.columns.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('open.columns.meeting')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {resolutions.map((resolution) => (
                <Table.Tr key={resolution.id}>
                  <Table.Th scope="row" fw={400}>
                    {resolution.text}
                  </Table.Th>
                  <Table.Td>{resolution.assignee ?? '–'}</Table.Td>
                  <Table.Td>
                    {resolution.dueOn ? formatDate(resolution.dueOn, lang) : <Text c="dimmed" size="sm">{t('open.noDue')}</Text>}
                    {resolution.overdue && (
                      <Badge color="red" variant="light" ml="xs">
                        {t('open.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={meetingPath(resolution.meetingId)} size="sm">
                      {t('open.meeting', { title: resolution.meetingTitle, date: formatDate(resolution.heldOn, lang) })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ListSection>
  );
}
