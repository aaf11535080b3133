import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';
import { CenterEditor } from '../components/center-editor';

export function CenterNewRoute() {
  const { t } = useTranslation('centers');
  const me = useMe();
  if (!me.data) return <Loading />;
  return (
    <Stack>
      <Title order={2}>{t('form.createTitle')}</Title>
      {permissionsFor(me.data).canWrite ? (
        <CenterEditor />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
