import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Province } from '../api/get-provinces';
import { NameCell } from './name-cell';

export function ProvincesTable({ provinces }: { provinces: Province[] }) {
  const { t, i18n } = useTranslation('geo');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table striped highlightOnHover captionSide="top">
      <Table.Caption>{t('provinces.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('columns.code')}</Table.Th>
          <Table.Th scope="col">{t('columns.name')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('columns.districtCount')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('columns.subdistrictCount')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {provinces.map((province) => (
          <Table.Tr key={province.code}>
            <Table.Td>{province.code}</Table.Td>
            <NameCell item={province} to={`/geo/${province.code}`} />
            <Table.Td ta="right">{number.format(province.districtCount ?? 0)}</Table.Td>
            <Table.Td ta="right">{number.format(province.subdistrictCount ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
