import { Anchor, Badge, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/dates';
import { formatBaht } from '@/lib/numbers';
import type { Activity } from '../api/get-activities';
import { ActivityTypeLabel } from './activity-type-label';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** Line breaks people typed stay visible. */
const Paragraphs = ({ text }: { text: string }) => <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>;

export function ActivityDetails({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation('activities');
  const lang = i18n.language;
  const none = t('noValue');
  const hasPoint = activity.latitude != null && activity.longitude != null;
  return (
    <DataList labelWidth="11rem">
      <Item label={t('fields.center')}>
        <Anchor component={Link} to={`/centers/${activity.centerId}`}>
          {activity.centerName ?? activity.centerId}
        </Anchor>
      </Item>
      <Item label={t('fields.heldOn')}>
        {formatDate(activity.heldOn, lang, { style: 'long' })}
        {' · '}
        {t('fiscal.quarterLabel', { ns: 'common', quarter: activity.quarter, year: activity.fiscalYear })}
        {activity.outsideOperationPeriod && (
          <Badge ml="xs" color="yellow" variant="light" tt="none">
            {t('detail.outside')}
          </Badge>
        )}
      </Item>
      <Item label={t('fields.type')}>
        <ActivityTypeLabel category={activity.category} type={activity.type} />
      </Item>
      {activity.category === 'NATIONAL_DAY' && <Item label={t('fields.nationalDay')}>{activity.nationalDay || none}</Item>}
      <Item label={t('fields.description')}>{activity.description ? <Paragraphs text={activity.description} /> : none}</Item>
      <Item label={t('fields.outcomes')}>{activity.outcomes ? <Paragraphs text={activity.outcomes} /> : none}</Item>
      <Item label={t('fields.budgetBaht')}>{activity.budgetBaht != null ? formatBaht(activity.budgetBaht, lang) : none}</Item>
      <Item label={t('fields.budgetSource')}>{activity.budgetSource || none}</Item>
      <Item label={t('fields.location')}>
        {hasPoint ? t('detail.point', { lat: activity.latitude, lon: activity.longitude }) : none}
      </Item>
      {activity.updatedAt && (
        <Item label={t('fields.updatedAt')}>
          {t('detail.updated', { date: formatDateTime(activity.updatedAt, lang), user: activity.updatedBy })}
        </Item>
      )}
    </DataList>
  );
}
