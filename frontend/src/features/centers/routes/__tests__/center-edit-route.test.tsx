import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createCenter, createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CenterEditRoute } from '../center-edit-route';

const ID = '0b9f3c52-1c3e-4a43-9d55-000000000001';
const mine = createCenter({ version: 3, name: 'ศูนย์เดิม', phone: '054-111111', notes: 'เดิม' });
// Meanwhile someone else changed the phone and saved version 4.
const theirs = createCenter({ version: 4, name: 'ศูนย์เดิม', phone: '054-999999', notes: 'เดิม' });

type Put = { ifMatch: string | null; body: Record<string, unknown> };

async function editWithConflict() {
  const puts: Put[] = [];
  let reads = 0;
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/centers/${ID}`]: () => json(++reads === 1 ? mine : theirs),
    [`PUT /api/v1/centers/${ID}`]: async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      if (request.headers.get('If-Match') !== '"4"') {
        return problem(412, 'version.stale', 'Someone else saved this record first.', { currentVersion: 4 });
      }
      return json(createCenter({ ...theirs, ...body, version: 5 }));
    },
  });
  const view = renderRoute(<CenterEditRoute />, { path: '/centers/:id/edit', url: `/centers/${ID}/edit` });
  const name = await screen.findByRole('textbox', { name: 'ชื่อศูนย์' });
  await userEvent.clear(name);
  await userEvent.type(name, 'ศูนย์ชื่อใหม่');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
  const dialog = await screen.findByRole('dialog', { name: 'มีผู้อื่นบันทึกข้อมูลก่อนคุณ' });
  return { puts, dialog, ...view };
}

test('sends the version edited and shows what differs when someone saved first', async () => {
  const { puts, dialog } = await editWithConflict();

  expect(puts[0]?.ifMatch).toBe('"3"');
  expect(within(dialog).getByText(/ฉบับที่ 4/)).toBeInTheDocument();
  const table = within(dialog).getByRole('table', { name: 'รายการที่แตกต่างกัน' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['ชื่อศูนย์', 'โทรศัพท์']);
  const name = within(table).getByRole('row', { name: /ชื่อศูนย์/ });
  expect(within(name).getAllByRole('cell').map((c) => c.textContent)).toEqual(['ศูนย์เดิม', 'ศูนย์เดิม', 'ศูนย์ชื่อใหม่']);
  const phone = within(table).getByRole('row', { name: /โทรศัพท์/ });
  expect(within(phone).getAllByRole('cell').map((c) => c.textContent)).toEqual(['054-111111', '054-999999', '054-111111']);
});

test('re-applies my changes on the latest version and saves with its ETag', async () => {
  const { puts, dialog, router } = await editWithConflict();

  await userEvent.click(within(dialog).getByRole('button', { name: 'นำการแก้ไขของฉันไปใช้กับฉบับล่าสุด' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  // My change stays; theirs is kept where I changed nothing.
  expect(screen.getByRole('textbox', { name: 'ชื่อศูนย์' })).toHaveValue('ศูนย์ชื่อใหม่');
  expect(screen.getByRole('textbox', { name: 'โทรศัพท์' })).toHaveValue('054-999999');

  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/centers/${ID}`));
  expect(puts[1]?.ifMatch).toBe('"4"');
  expect(puts[1]?.body).toMatchObject({ name: 'ศูนย์ชื่อใหม่', phone: '054-999999', subdistrictCode: '520101' });
});

test('reloads the saved version and drops my changes', async () => {
  const { dialog } = await editWithConflict();

  await userEvent.click(within(dialog).getByRole('button', { name: 'โหลดใหม่ (ทิ้งการแก้ไขของฉัน)' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('textbox', { name: 'ชื่อศูนย์' })).toHaveValue('ศูนย์เดิม');
  expect(screen.getByRole('textbox', { name: 'โทรศัพท์' })).toHaveValue('054-999999');
});

test('keeps the sub-district fixed when editing', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET /api/v1/centers/${ID}`]: mine });
  renderRoute(<CenterEditRoute />, { path: '/centers/:id/edit', url: `/centers/${ID}/edit` });

  expect(await screen.findByText('ตำบลเวียงเหนือ อำเภอเมืองลำปาง จังหวัดลำปาง')).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: 'ตำบล' })).not.toBeInTheDocument();
});
