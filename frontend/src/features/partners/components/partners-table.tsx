import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import { formatDate } from '@/lib/dates';
import type { Partner } from '../api/get-partners';
import type { Sort } from '../hooks/use-partner-list-params';
import { AreaText } from './area-text';
import { SectorBadge } from './sector-badge';

type PartnersTableProps = { partners: Partner[]; sort?: Sort; onSort: (sort: Sort) => void };

export function PartnersTable({ partners, sort, onSort }: PartnersTableProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" label={t('fields.name')} sort={sort} onSort={onSort} />
            <SortableHeader field="sector" label={t('fields.sector')} sort={sort} onSort={onSort} />
            <Table.Th scope="col">{t('fields.kind')}</Table.Th>
            <SortableHeader field="areaCode" label={t('fields.area')} sort={sort} onSort={onSort} />
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <SortableHeader field="updatedAt" label={t('fields.updatedAt')} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <Table.Tr key={partner.id}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/partners/${partner.id}`}>
                  {partner.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <SectorBadge sector={partner.sector} />
              </Table.Td>
              <Table.Td>{partner.kind || t('noValue')}</Table.Td>
              <Table.Td>
                <AreaText partner={partner} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={partner.active ? 'green' : 'gray'}>
                  {t(partner.active ? 'status.active' : 'status.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                {partner.updatedAt ? formatDate(partner.updatedAt, lang) : <Text span>{t('noValue')}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
