import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import type { FieldDifference } from '@/lib/edit-conflict';
import { ConflictModal } from '../conflict-modal';

type Field = 'name' | 'sector' | 'notes';

const labels: Record<Field, string> = { name: 'ชื่อ', sector: 'ภาคส่วน', notes: 'หมายเหตุ' };

function renderModal(differences: FieldDifference<Field>[], props: { multiline?: boolean } = {}) {
  const actions = { onReload: vi.fn(), onReapply: vi.fn(), onClose: vi.fn() };
  render(
    <AppProvider>
      <ConflictModal
        ns="partners"
        version={7}
        differences={differences}
        fieldLabel={(field) => labels[field]}
        formatValue={(field, value) => (field === 'sector' ? `ภาค ${value}` : value)}
        emptyText="(ว่าง)"
        {...actions}
        {...props}
      />
    </AppProvider>,
  );
  return actions;
}

test('words the dialog with the feature’s texts and the version saved meanwhile', async () => {
  renderModal([]);

  const dialog = await screen.findByRole('dialog', { name: 'มีผู้อื่นบันทึกข้อมูลก่อนคุณ' });
  expect(within(dialog).getByText(/บันทึกเป็นฉบับที่ 7/)).toBeInTheDocument();
  expect(within(dialog).getByText('ไม่มีรายการที่แตกต่างกัน')).toBeInTheDocument();
  expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
});

test('shows each differing field as a row, formatted, with empty values named and changes in bold', async () => {
  renderModal([
    { field: 'name', base: 'วัดป่า', theirs: 'วัดป่าขาม', mine: 'วัดป่า ' },
    { field: 'sector', base: 'RELIGION', theirs: 'RELIGION', mine: '' },
  ]);

  const table = await screen.findByRole('table', { name: 'รายการที่แตกต่างกัน' });
  expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
    'รายการ',
    'ก่อนแก้ไข',
    'ฉบับล่าสุด',
    'ของฉัน',
  ]);
  const [name, sector] = within(table).getAllByRole('row').slice(1);
  expect(within(name!).getByRole('rowheader', { name: 'ชื่อ' })).toBeInTheDocument();
  const nameCells = within(name!).getAllByRole('cell');
  expect(nameCells.map((cell) => cell.textContent)).toEqual(['วัดป่า', 'วัดป่าขาม', 'วัดป่า']);
  // Only their value differs from the start; spaces around mine do not count as a change.
  expect(nameCells[1]).toHaveStyle({ fontWeight: '700' });
  expect(nameCells[2]).not.toHaveStyle({ fontWeight: '700' });

  expect(within(sector!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    'ภาค RELIGION',
    'ภาค RELIGION',
    '(ว่าง)',
  ]);
});

test('keeps the line breaks of multi-line texts when asked', async () => {
  renderModal([{ field: 'notes', base: 'หนึ่ง\nสอง', theirs: 'หนึ่ง', mine: 'หนึ่ง\nสอง' }], { multiline: true });

  const cells = within(await screen.findByRole('table')).getAllByRole('cell');
  expect(cells[0]).toHaveStyle({ whiteSpace: 'pre-wrap' });
});

test('reloads, re-applies or closes as the user chooses', async () => {
  const actions = renderModal([]);

  await userEvent.click(await screen.findByRole('button', { name: 'โหลดใหม่ (ทิ้งการแก้ไขของฉัน)' }));
  await userEvent.click(screen.getByRole('button', { name: 'นำการแก้ไขของฉันไปใช้กับฉบับล่าสุด' }));

  expect(actions.onReload).toHaveBeenCalledOnce();
  expect(actions.onReapply).toHaveBeenCalledOnce();
  expect(actions.onClose).not.toHaveBeenCalled();
});
