import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';
import { MeetingEditor } from '../components/meeting-editor';
import { levelsFor } from '../utils/meeting-levels';

/** Recording a meeting (/meetings/new), at the user's own level unless they choose another. */
export function MeetingNewRoute() {
  const { t } = useTranslation('meetings');
  const me = useMe();
  if (!me.data) return <Loading />;
  const area = me.data.area;
  return (
    <Stack>
      <Anchor component={Link} to="/meetings" size="sm">
        {t('detail.back')}
      </Anchor>
      <Title order={2}>{t('form.createTitle')}</Title>
      {permissionsFor(me.data).canWrite ? (
        <MeetingEditor areaCode={area.level === 'NATIONAL' ? '' : (area.code ?? '')} levels={levelsFor(area)} />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
