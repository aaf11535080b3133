import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import { formatDate } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import type { Center } from '../api/get-centers';
import type { Sort } from '../hooks/use-center-list-params';
import { CenterStatusBadge } from './center-status-badge';

type CentersTableProps = { centers: Center[]; sort?: Sort; onSort: (sort: Sort) => void };

export function CentersTable({ centers, sort, onSort }: CentersTableProps) {
  const { t, i18n } = useTranslation('centers');
  const lang = i18n.language;
  const none = t('noValue');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" label={t('fields.name')} sort={sort} onSort={onSort} />
            <SortableHeader field="subdistrictCode" label={t('fields.subdistrict')} sort={sort} onSort={onSort} />
            <Table.Th scope="col">{t('fields.village')}</Table.Th>
            <SortableHeader field="status" label={t('fields.status')} sort={sort} onSort={onSort} />
            <SortableHeader field="establishedOn" label={t('fields.establishedOn')} sort={sort} onSort={onSort} />
            <SortableHeader field="updatedAt" label={t('fields.updatedAt')} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {centers.map((center) => (
            <Table.Tr key={center.id}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/centers/${center.id}`}>
                  {center.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {localizedName(center.subdistrict, lang)}
                <Text size="xs" c="dimmed">
                  {t('list.districtProvince', {
                    district: localizedName(center.district, lang),
                    province: localizedName(center.province, lang),
                  })}
                </Text>
              </Table.Td>
              <Table.Td>
                {center.villageNo ? t('detail.villageNo', { no: center.villageNo }) : none}
                {center.villageName && (
                  <Text size="xs" c="dimmed">
                    {center.villageName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <CenterStatusBadge status={center.status} />
              </Table.Td>
              <Table.Td>{center.establishedOn ? formatDate(center.establishedOn, lang) : none}</Table.Td>
              <Table.Td>{formatDate(center.updatedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
