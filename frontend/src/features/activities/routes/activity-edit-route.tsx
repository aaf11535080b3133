import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';
import { getActivityQueryOptions } from '../api/get-activity';
import { ActivityEditor } from '../components/activity-editor';

export function ActivityEditRoute() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  const me = useMe();
  // Editing starts from the version saved now, not from a cached copy.
  const activity = useQuery({ ...getActivityQueryOptions(id), staleTime: 0, refetchOnMount: 'always' });

  if (activity.isError) return <ProblemAlert error={activity.error} onRetry={() => void activity.refetch()} />;
  // Later fetches (the conflict check reads the same record) must not unmount the form.
  if (!activity.data || !activity.isFetchedAfterMount || !me.data) return <Loading />;

  return (
    <Stack>
      <Anchor component={Link} to={`/activities/${id}`} size="sm">
        {t('form.backToActivity')}
      </Anchor>
      <Title order={2}>{t('form.editTitle', { title: activity.data.title })}</Title>
      {!permissionsFor(me.data).canWrite ? (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      ) : activity.data.voided ? (
        // The server refuses any change to a voided activity (409 activity.voided).
        <Alert color="red">{t('form.voided')}</Alert>
      ) : (
        <ActivityEditor key={activity.data.id} activity={activity.data} />
      )}
    </Stack>
  );
}
