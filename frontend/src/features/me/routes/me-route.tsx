import { DataList, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '../api/get-me';
import { RoleBadges } from '../components/role-badges';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function MeRoute() {
  const { t } = useTranslation('me');
  const { t: tc } = useTranslation();
  const me = useMe();

  if (me.isPending) return <Loading />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;

  const { data } = me;
  const area = data.area ?? {};
  const none = t('noValue');
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('account')}
        </Title>
        <DataList labelWidth="12rem">
          <Item label={t('fields.displayName')}>{data.displayName}</Item>
          <Item label={t('fields.username')}>{data.username}</Item>
          <Item label={t('fields.email')}>{data.email || none}</Item>
          <Item label={t('fields.roles')}>
            <RoleBadges roles={data.roles ?? []} />
          </Item>
        </DataList>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('areaHeading')}
        </Title>
        <DataList labelWidth="12rem">
          <Item label={t('fields.areaLevel')}>{tc(`area.level.${area.level ?? 'NATIONAL'}`)}</Item>
          <Item label={t('fields.areaCode')}>{area.code || none}</Item>
          <Item label={t('fields.areaNameTh')}>
            <span lang="th">{area.nameTh || tc('area.national', { lng: 'th' })}</span>
          </Item>
          <Item label={t('fields.areaNameEn')}>
            <span lang="en">{area.nameEn || tc('area.national', { lng: 'en' })}</span>
          </Item>
          {area.province && (
            <Item label={t('fields.province')}>
              {area.province.nameTh} <span lang="en">({area.province.nameEn})</span>
            </Item>
          )}
        </DataList>
      </Paper>
    </Stack>
  );
}
