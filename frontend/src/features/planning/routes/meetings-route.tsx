import { Button, Group, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '@/components/paged-list';
import { FiscalYearChoice } from '@/features/calendar/components/fiscal-year-choice';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { meetingLevels, useMeetings } from '../api/get-meetings';
import { MeetingsTable } from '../components/meetings-table';
import { OpenResolutions } from '../components/open-resolutions';
import { useMeetingListParams } from '../hooks/use-meeting-list-params';

/** The meetings of the user's area (/meetings?fiscalYear=&level=), and the resolutions to follow up. */
export function MeetingsRoute() {
  const { t } = useTranslation('meetings');
  const canWrite = usePermissions().canWrite;
  const list = useMeetingListParams();
  const meetings = useMeetings(list.query);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('list.heading')}</Title>
        {canWrite && (
          <Button component={Link} to="/meetings/new">
            {t('list.newMeeting')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('list.filters')}>
        <Group>
          <FiscalYearChoice
            value={list.filters.fiscalYear}
            anyYearLabel={t('list.anyYear')}
            onChange={(fiscalYear) => list.setFilters({ fiscalYear })}
          />
          <NativeSelect
            label={t('list.levelFilter')}
            value={list.filters.level}
            data={[{ value: '', label: t('list.anyLevel') }, ...meetingLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))]}
            onChange={(event) => list.setFilters({ level: event.currentTarget.value as (typeof meetingLevels)[number] })}
          />
        </Group>
      </Paper>
      <PagedList ns="meetings" result={meetings} list={list}>
        {(items) => <MeetingsTable meetings={items} sort={list.sort} onSort={list.setSort} />}
      </PagedList>
      <Paper withBorder p="md">
        <OpenResolutions fiscalYear={list.query.fiscalYear} />
      </Paper>
    </Stack>
  );
}
