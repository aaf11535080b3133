import { Badge, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/dates';
import type { Partner } from '../api/get-partners';
import { AreaText } from './area-text';
import { SectorBadge } from './sector-badge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

type PartnerDetailsProps = {
  partner: Partner;
  /** Whether the user's area covers the partner's: only then does the server send contact details. */
  contactVisible: boolean;
};

export function PartnerDetails({ partner, contactVisible }: PartnerDetailsProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const none = t('noValue');
  // Contact details are personal data (PDPA): outside the user's area they are not sent at all.
  const hidden = (
    <Text span c="dimmed" fs="italic">
      {t('detail.contactHidden')}
    </Text>
  );
  return (
    <DataList labelWidth="15rem">
      <Item label={t('fields.sector')}>
        <SectorBadge sector={partner.sector} />
      </Item>
      <Item label={t('fields.kind')}>{partner.kind || none}</Item>
      <Item label={t('fields.area')}>
        <AreaText partner={partner} /> ({partner.areaCode})
      </Item>
      <Item label={t('fields.contactPerson')}>{contactVisible ? partner.contactPerson || none : hidden}</Item>
      <Item label={t('fields.contactPhone')}>{contactVisible ? partner.contactPhone || none : hidden}</Item>
      <Item label={t('fields.mouOn')}>{partner.mouOn ? formatDate(partner.mouOn, lang, { style: 'long' }) : none}</Item>
      <Item label={t('fields.status')}>
        <Badge variant="light" color={partner.active ? 'green' : 'gray'}>
          {t(partner.active ? 'status.active' : 'status.inactive')}
        </Badge>
      </Item>
      {partner.updatedAt && (
        <Item label={t('fields.updatedAt')}>
          {t('detail.updated', { date: formatDateTime(partner.updatedAt, lang), user: partner.updatedBy ?? none })}
        </Item>
      )}
    </DataList>
  );
}
