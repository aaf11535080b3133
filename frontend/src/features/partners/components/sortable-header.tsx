import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sort, SortField } from '../hooks/use-partner-list-params';

type SortableHeaderProps = {
  field: SortField;
  label: string;
  sort?: Sort;
  onSort: (sort: Sort) => void;
};

/** A column header that sorts on click; aria-sort tells screen readers the current order. */
export function SortableHeader({ field, label, sort, onSort }: SortableHeaderProps) {
  const { t } = useTranslation('partners');
  const active = sort?.field === field;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
  const arrow = active ? (sort.descending ? '▼' : '▲') : '';
  return (
    <Table.Th scope="col" aria-sort={ariaSort}>
      <UnstyledButton
        fw={600}
        fz="sm"
        aria-label={t('list.sortBy', { column: label })}
        onClick={() => onSort({ field, descending: active ? !sort.descending : false })}
      >
        {label} <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
