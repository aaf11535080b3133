import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { District } from '../api/get-districts';
import { NameCell } from './name-cell';

type DistrictsTableProps = { districts: District[]; provinceName: string };

export function DistrictsTable({ districts, provinceName }: DistrictsTableProps) {
  const { t, i18n } = useTranslation('geo');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table striped highlightOnHover captionSide="top">
      <Table.Caption>{t('districts.caption', { province: provinceName })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('columns.code')}</Table.Th>
          <Table.Th scope="col">{t('columns.name')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('columns.subdistrictCount')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {districts.map((district) => (
          <Table.Tr key={district.code}>
            <Table.Td>{district.code}</Table.Td>
            <NameCell item={district} to={`/geo/${district.provinceCode}/${district.code}`} />
            <Table.Td ta="right">{number.format(district.subdistrictCount ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
