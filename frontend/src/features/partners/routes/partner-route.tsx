import { Anchor, Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { areaCovers, permissionsFor } from '@/features/me/utils/permissions';
import { usePartner } from '../api/get-partner';
import { usePartnerLinks } from '../api/get-partner-links';
import { PartnerDetails } from '../components/partner-details';
import { PartnerLinksTable } from '../components/partner-links-table';
import { SectorBadge } from '../components/sector-badge';

export function PartnerRoute() {
  const { t } = useTranslation('partners');
  const { id = '' } = useParams();
  const me = useMe();
  const partner = usePartner(id);
  const links = usePartnerLinks(id);

  const back = (
    <Anchor component={Link} to="/partners" size="sm">
      {t('detail.back')}
    </Anchor>
  );

  if (partner.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={partner.error} onRetry={() => void partner.refetch()} />
      </Stack>
    );
  }
  if (!partner.data || !me.data) return <Loading />;
  const data = partner.data;
  // The same rule the server applies: only a partner of the user's own area is theirs to change.
  const ownArea = areaCovers(me.data.area, data.areaCode);
  const canEdit = ownArea && permissionsFor(me.data).canWrite;

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2}>{data.name}</Title>
          <SectorBadge sector={data.sector} />
          {!data.active && (
            <Badge variant="light" color="gray">
              {t('status.inactive')}
            </Badge>
          )}
        </Group>
        {canEdit && (
          <Button component={Link} to={`/partners/${data.id}/edit`}>
            {t('detail.edit')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="partner-details-heading">
        <Title order={3} size="h4" id="partner-details-heading" mb="sm">
          {t('detail.details')}
        </Title>
        <PartnerDetails partner={data} contactVisible={ownArea} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="partner-links-heading">
        <Title order={3} size="h4" id="partner-links-heading" mb="sm">
          {t('detail.links')}
        </Title>
        {links.isPending && <Loading />}
        {links.isError && <ProblemAlert error={links.error} onRetry={() => void links.refetch()} />}
        {links.data && <PartnerLinksTable links={links.data} />}
      </Paper>
    </Stack>
  );
}
