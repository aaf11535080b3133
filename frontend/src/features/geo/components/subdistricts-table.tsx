import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subdistrict } from '../api/get-subdistricts';
import { NameCell } from './name-cell';

type SubdistrictsTableProps = { subdistricts: Subdistrict[]; districtName: string };

export function SubdistrictsTable({ subdistricts, districtName }: SubdistrictsTableProps) {
  const { t, i18n } = useTranslation('geo');
  const coordinate = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 4, maximumFractionDigits: 6 });
  const orNone = (value?: number | null) => (value == null ? t('noValue') : coordinate.format(value));
  return (
    <Table striped highlightOnHover captionSide="top">
      <Table.Caption>{t('subdistricts.caption', { district: districtName })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('columns.code')}</Table.Th>
          <Table.Th scope="col">{t('columns.name')}</Table.Th>
          <Table.Th scope="col">{t('columns.postalCode')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('columns.latitude')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('columns.longitude')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {subdistricts.map((subdistrict) => (
          <Table.Tr key={subdistrict.code}>
            <Table.Td>{subdistrict.code}</Table.Td>
            <NameCell item={subdistrict} />
            <Table.Td>{subdistrict.postalCode || t('noValue')}</Table.Td>
            <Table.Td ta="right">{orNone(subdistrict.latitude)}</Table.Td>
            <Table.Td ta="right">{orNone(subdistrict.longitude)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
