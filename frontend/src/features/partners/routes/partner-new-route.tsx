import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';
import { PartnerEditor } from '../components/partner-editor';

export function PartnerNewRoute() {
  const { t } = useTranslation('partners');
  const me = useMe();
  if (!me.data) return <Loading />;
  const area = me.data.area;
  return (
    <Stack>
      <Anchor component={Link} to="/partners" size="sm">
        {t('detail.back')}
      </Anchor>
      <Title order={2}>{t('form.createTitle')}</Title>
      {permissionsFor(me.data).canWrite ? (
        <PartnerEditor defaultAreaCode={area.level === 'NATIONAL' ? '' : (area.code ?? '')} />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
