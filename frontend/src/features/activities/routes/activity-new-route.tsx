import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';
import { ActivityCreator } from '../components/activity-creator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Quick capture; `?centerId=` (from a center's page) preselects the center. */
export function ActivityNewRoute() {
  const { t } = useTranslation('activities');
  const me = useMe();
  const [params] = useSearchParams();
  const centerId = params.get('centerId') ?? '';
  if (!me.data) return <Loading />;
  return (
    <Stack>
      <Anchor component={Link} to="/activities" size="sm">
        {t('form.backToList')}
      </Anchor>
      <Title order={2}>{t('form.createTitle')}</Title>
      {permissionsFor(me.data).canWrite ? (
        <ActivityCreator centerId={UUID.test(centerId) ? centerId : ''} />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
