import { Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import type { Sort } from '@/lib/list-params';
import { PagedList, type Page } from '../paged-list';
import { SortableHeader } from '../sortable-header';

type Row = { id: string; name: string };

const rows = (count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: String(i), name: `ศูนย์ ${i + 1}` }));

const loaded = (data: Page<Row>) => ({ data, isPending: false, isError: false }) as UseQueryResult<Page<Row>>;

function renderList(result: UseQueryResult<Page<Row>>, page = 1, size = 20) {
  const list = { page, size, setPage: vi.fn(), setSize: vi.fn() };
  render(
    <AppProvider>
      <PagedList ns="centers" result={result} list={list}>
        {(items) => (
          <ul aria-label="rows">
            {items.map((item) => (
              <li key={item.id}>{item.name}</li>
            ))}
          </ul>
        )}
      </PagedList>
    </AppProvider>,
  );
  return list;
}

test('says which items of how many the page shows, in the feature’s words, and lets the user turn pages', async () => {
  const list = renderList(loaded({ items: rows(20), page: 1, size: 20, totalItems: 1234, totalPages: 62 }), 2);

  expect(screen.getByRole('status')).toHaveTextContent('แสดงลำดับที่ 21–40 จากทั้งหมด 1,234 ศูนย์');
  expect(within(screen.getByRole('list', { name: 'rows' })).getAllByRole('listitem')).toHaveLength(20);

  const pages = screen.getByRole('navigation', { name: 'เลือกหน้า' });
  expect(within(pages).getByRole('button', { name: 'หน้า 2' })).toHaveAttribute('aria-current', 'page');
  await userEvent.click(within(pages).getByRole('button', { name: 'หน้าถัดไป' }));
  expect(list.setPage).toHaveBeenCalledWith(3);

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'จำนวนต่อหน้า' }), '50');
  expect(list.setSize).toHaveBeenCalledWith(50);
});

test('says so when nothing matches, without a table', () => {
  renderList(loaded({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }));

  expect(screen.getByRole('status')).toHaveTextContent('ไม่พบศูนย์ตามเงื่อนไขที่เลือก');
  expect(screen.queryByRole('list', { name: 'rows' })).not.toBeInTheDocument();
});

test('shows a problem with a retry', async () => {
  const refetch = vi.fn();
  renderList({ isPending: false, isError: true, error: new Error('down'), refetch } as unknown as UseQueryResult<Page<Row>>);

  await userEvent.click(screen.getByRole('button', { name: 'ลองอีกครั้ง' }));
  expect(refetch).toHaveBeenCalled();
});

function SortableTable({ firstDescending }: { firstDescending?: boolean }) {
  const [sort, setSort] = useState<Sort<'name'>>();
  return (
    <AppProvider>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" label="ชื่อ" sort={sort} onSort={setSort} firstDescending={firstDescending} />
          </Table.Tr>
        </Table.Thead>
      </Table>
    </AppProvider>
  );
}

test('sorts A to Z on the first click and turns the order on the next, telling screen readers', async () => {
  render(<SortableTable />);
  const header = screen.getByRole('columnheader');
  expect(header).toHaveAttribute('aria-sort', 'none');

  await userEvent.click(screen.getByRole('button', { name: 'เรียงตามชื่อ' }));
  expect(header).toHaveAttribute('aria-sort', 'ascending');

  await userEvent.click(screen.getByRole('button', { name: 'เรียงตามชื่อ' }));
  expect(header).toHaveAttribute('aria-sort', 'descending');
});

test('can sort newest first on the first click', async () => {
  render(<SortableTable firstDescending />);

  await userEvent.click(screen.getByRole('button', { name: 'เรียงตามชื่อ' }));
  expect(screen.getByRole('columnheader')).toHaveAttribute('aria-sort', 'descending');
});
