import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { areaCovers, permissionsFor } from '@/features/me/utils/permissions';
import { getPartnerQueryOptions } from '../api/get-partner';
import { PartnerEditor } from '../components/partner-editor';

export function PartnerEditRoute() {
  const { t } = useTranslation('partners');
  const { id = '' } = useParams();
  const me = useMe();
  // Editing starts from the version saved now, not from a cached copy.
  const partner = useQuery({ ...getPartnerQueryOptions(id), staleTime: 0, refetchOnMount: 'always' });

  if (partner.isError) return <ProblemAlert error={partner.error} onRetry={() => void partner.refetch()} />;
  // Later fetches (the conflict check reads the same record) must not unmount the form.
  if (!partner.data || !partner.isFetchedAfterMount || !me.data) return <Loading />;

  const readOnly = !permissionsFor(me.data).canWrite;
  const outside = !areaCovers(me.data.area, partner.data.areaCode);
  return (
    <Stack>
      <Anchor component={Link} to={`/partners/${id}`} size="sm">
        {t('form.backToPartner')}
      </Anchor>
      <Title order={2}>{t('form.editTitle', { name: partner.data.name })}</Title>
      {readOnly || outside ? (
        <Alert color="yellow">{t(readOnly ? 'form.readOnly' : 'form.outsideArea')}</Alert>
      ) : (
        <PartnerEditor key={partner.data.id} partner={partner.data} />
      )}
    </Stack>
  );
}
