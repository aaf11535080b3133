import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import type { Center } from '../api/get-centers';
import { CenterStatusBadge } from './center-status-badge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function CenterDetails({ center }: { center: Center }) {
  const { t, i18n } = useTranslation('centers');
  const lang = i18n.language;
  const none = t('noValue');
  const place = t('detail.place', {
    subdistrict: localizedName(center.subdistrict, lang),
    district: localizedName(center.district, lang),
    province: localizedName(center.province, lang),
  });
  return (
    <DataList labelWidth="11rem">
      <Item label={t('fields.status')}>
        <CenterStatusBadge status={center.status} />
        {center.statusReason && ` ${t('detail.statusReason', { reason: center.statusReason })}`}
        {center.statusChangedOn && ` ${t('detail.statusSince', { date: formatDate(center.statusChangedOn, lang) })}`}
      </Item>
      <Item label={t('fields.subdistrict')}>
        {place} ({center.subdistrictCode})
      </Item>
      <Item label={t('fields.village')}>
        {[center.villageNo ? t('detail.villageNo', { no: center.villageNo }) : '', center.villageName ?? '']
          .filter(Boolean)
          .join(' ') || none}
      </Item>
      <Item label={t('fields.address')}>{center.address || none}</Item>
      <Item label={t('fields.establishedOn')}>
        {center.establishedOn ? formatDate(center.establishedOn, lang, { style: 'long' }) : none}
      </Item>
      <Item label={t('fields.phone')}>{center.phone || none}</Item>
      <Item label={t('fields.notes')}>{center.notes || none}</Item>
      {center.exceptionReason && <Item label={t('fields.exceptionReason')}>{center.exceptionReason}</Item>}
      <Item label={t('fields.updatedAt')}>
        {t('detail.updated', { date: formatDateTime(center.updatedAt, lang), user: center.updatedBy })}
      </Item>
    </DataList>
  );
}
