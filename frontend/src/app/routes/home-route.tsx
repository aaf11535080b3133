import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/me/api/get-me';
import { AreaLabel } from '@/features/me/components/area-label';
import { MyDeadlinesCard } from '@/features/reporting/components/my-deadlines-card';
import { MyDocumentRequestsCard } from '@/features/reporting/components/my-document-requests-card';
import { formatDate } from '@/lib/dates';

export function HomeRoute() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  if (!me.data) return <Loading />;

  return (
    <Stack>
      <Title order={2}>{t('home.welcome', { name: me.data.displayName })}</Title>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('home.area')}
        </Text>
        <Text size="lg">
          <AreaLabel area={me.data.area} />
        </Text>
        <Text size="sm" c="dimmed" mt="sm">
          {t('home.today')}
        </Text>
        <Text size="lg">{formatDate(new Date(), i18n.language, { style: 'long' })}</Text>
      </Paper>
      <MyDeadlinesCard />
      <MyDocumentRequestsCard />
      <section aria-labelledby="home-links">
        <Title order={3} size="h4" id="home-links" mb="xs">
          {t('home.linksHeading')}
        </Title>
        <List>
          <List.Item>
            <Anchor component={Link} to="/centers">
              {t('home.centersLink')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/activities">
              {t('home.activitiesLink')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/compliance">
              {t('home.complianceLink')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/me">
              {t('home.meLink')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/geo">
              {t('home.geoLink')}
            </Anchor>
          </List.Item>
        </List>
      </section>
    </Stack>
  );
}
