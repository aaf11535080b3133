import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';
import { getCenterQueryOptions } from '../api/get-center';
import { CenterEditor } from '../components/center-editor';

export function CenterEditRoute() {
  const { t } = useTranslation('centers');
  const { id = '' } = useParams();
  const me = useMe();
  // Editing starts from the version saved now, not from a cached copy.
  const center = useQuery({ ...getCenterQueryOptions(id), staleTime: 0, refetchOnMount: 'always' });

  if (center.isError) return <ProblemAlert error={center.error} onRetry={() => void center.refetch()} />;
  // Later fetches (the conflict check reads the same record) must not unmount the form.
  if (!center.data || !center.isFetchedAfterMount || !me.data) return <Loading />;

  return (
    <Stack>
      <Anchor component={Link} to={`/centers/${id}`} size="sm">
        {t('form.backToCenter')}
      </Anchor>
      <Title order={2}>{t('form.editTitle', { name: center.data.name })}</Title>
      {permissionsFor(me.data).canWrite ? (
        <CenterEditor key={center.data.id} center={center.data} />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
