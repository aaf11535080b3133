import type { UseQueryResult } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { ListSection } from '../list-section';

const result = (data: string[] | undefined, more: Partial<UseQueryResult<string[]>> = {}) =>
  ({ data, isPending: data === undefined && !more.isError, isError: false, ...more }) as UseQueryResult<string[]>;

function renderSection(query: UseQueryResult<string[]>, add?: { label: string; onClick: () => void }) {
  render(
    <AppProvider>
      <ListSection headingId="members-heading" heading="สมาชิก" result={query} emptyText="ยังไม่มีสมาชิก" add={add}>
        {(items) => (
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </ListSection>
    </AppProvider>,
  );
}

test('is a region named by its heading, listing the items', () => {
  renderSection(result(['ก', 'ข']));

  const section = screen.getByRole('region', { name: 'สมาชิก' });
  expect(within(section).getByRole('heading', { level: 3, name: 'สมาชิก' })).toBeInTheDocument();
  expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['ก', 'ข']);
  expect(within(section).queryByRole('button')).not.toBeInTheDocument();
});

test('says when there is nothing yet, and offers to add to those who may', async () => {
  const onClick = vi.fn();
  renderSection(result([]), { label: 'เพิ่มสมาชิก', onClick });

  expect(screen.getByText('ยังไม่มีสมาชิก')).toBeInTheDocument();
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มสมาชิก' }));
  expect(onClick).toHaveBeenCalled();
});

test('shows loading, then a problem with a retry', async () => {
  renderSection(result(undefined));
  expect(screen.getByRole('status', { name: 'กำลังโหลดข้อมูล…' })).toBeInTheDocument();

  cleanup();
  const refetch = vi.fn();
  renderSection(result(undefined, { isError: true, error: new Error('down'), refetch } as Partial<UseQueryResult<string[]>>));
  await userEvent.click(screen.getByRole('button', { name: 'ลองอีกครั้ง' }));
  expect(refetch).toHaveBeenCalled();
});
