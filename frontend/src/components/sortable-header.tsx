import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sort } from '@/lib/list-params';

type SortableHeaderProps<F extends string> = {
  field: F;
  label: string;
  sort?: Sort<F>;
  onSort: (sort: Sort<F>) => void;
  /** Whether the first click sorts newest or largest first (dates), rather than A to Z. */
  firstDescending?: boolean;
};

/** A column header that sorts on click; aria-sort tells screen readers the current order. */
export function SortableHeader<F extends string>({ field, label, sort, onSort, firstDescending = false }: SortableHeaderProps<F>) {
  const { t } = useTranslation();
  const active = sort?.field === field;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
  const arrow = active ? (sort.descending ? '▼' : '▲') : '';
  return (
    <Table.Th scope="col" aria-sort={ariaSort}>
      <UnstyledButton
        fw={600}
        fz="sm"
        aria-label={t('list.sortBy', { column: label })}
        onClick={() => onSort({ field, descending: active ? !sort.descending : firstDescending })}
      >
        {label} <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
