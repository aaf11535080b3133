import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/me/api/get-me';
import { PartnerEditor } from '../components/partner-editor';
import { canWritePartners } from '../hooks/use-can-write';

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
      {canWritePartners(me.data.roles) ? (
        <PartnerEditor defaultAreaCode={area.level === 'NATIONAL' ? '' : (area.code ?? '')} />
      ) : (
        <Alert color="yellow">{t('form.readOnly')}</Alert>
      )}
    </Stack>
  );
}
