import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { areaCovers, permissionsFor } from '@/features/me/utils/permissions';
import { getMeetingQueryOptions } from '../api/get-meeting';
import { MeetingEditor } from '../components/meeting-editor';
import { meetingPath } from '../utils/meeting-area';

/** New minutes for a meeting (/meetings/:id/edit), starting from the version saved now. */
export function MeetingEditRoute() {
  const { t } = useTranslation('meetings');
  const { id = '' } = useParams();
  const me = useMe();
  const meeting = useQuery({ ...getMeetingQueryOptions(id), staleTime: 0, refetchOnMount: 'always' });

  if (meeting.isError) return <ProblemAlert error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data || !meeting.isFetchedAfterMount || !me.data) return <Loading />;
  const mayEdit = permissionsFor(me.data).canWrite && areaCovers(me.data.area, meeting.data.areaCode);
  return (
    <Stack>
      <Anchor component={Link} to={meetingPath(id)} size="sm">
        {t('print.back')}
      </Anchor>
      <Title order={2}>{t('form.editTitle')}</Title>
      {mayEdit ? (
        <MeetingEditor key={meeting.data.id} meeting={meeting.data} areaCode={meeting.data.areaCode} levels={[meeting.data.level]} />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
