import { Anchor, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useAllCenters, type CenterStatus } from '../api/get-centers';
import { statusMarkerColors } from '../components/center-status-badge';

const CentersMap = lazy(() => import('../components/centers-map').then((m) => ({ default: m.CentersMap })));

const statuses: readonly CenterStatus[] = ['ACTIVE', 'SUSPENDED', 'CLOSED'];

export function CentersMapRoute() {
  const { t, i18n } = useTranslation('centers');
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') as CenterStatus | null;
  const status = statusParam && statuses.includes(statusParam) ? statusParam : undefined;
  const centers = useAllCenters(status ? { status } : {});
  const number = new Intl.NumberFormat(i18n.language);

  const located = centers.data?.filter((c) => c.latitude != null && c.longitude != null) ?? [];
  const missing = centers.data?.filter((c) => c.latitude == null || c.longitude == null) ?? [];

  return (
    <Stack>
      <Anchor component={Link} to="/centers" size="sm">
        {t('detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('map.heading')}</Title>
        <NativeSelect
          label={t('fields.status')}
          value={status ?? ''}
          data={[
            { value: '', label: t('list.filter.all') },
            ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          onChange={(event) =>
            setParams(event.currentTarget.value ? { status: event.currentTarget.value } : {}, { replace: true })
          }
        />
      </Group>
      {centers.isPending && <Loading />}
      {centers.isError && <ProblemAlert error={centers.error} onRetry={() => void centers.refetch()} />}
      {centers.data && (
        <>
          <Text role="status">
            {t('map.counts', { shown: number.format(located.length), missing: number.format(missing.length) })}
          </Text>
          <Group gap="md" aria-label={t('map.legend')} role="list">
            {statuses.map((s) => (
              <Group key={s} gap={4} role="listitem">
                <span
                  aria-hidden="true"
                  style={{ width: 12, height: 12, borderRadius: 6, background: statusMarkerColors[s], display: 'inline-block' }}
                />
                <Text size="sm">{t(`status.${s}`)}</Text>
              </Group>
            ))}
          </Group>
          <Suspense fallback={<Loading />}>
            <CentersMap centers={centers.data} />
          </Suspense>
          {missing.length > 0 && (
            <section aria-labelledby="missing-heading">
              <Title order={3} size="h5" id="missing-heading" mb="xs">
                {t('map.missingHeading')}
              </Title>
              <List size="sm">
                {missing.map((center) => (
                  <List.Item key={center.id}>
                    <Anchor component={Link} to={`/centers/${center.id}`}>
                      {center.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </section>
          )}
        </>
      )}
    </Stack>
  );
}
