import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createActivity, createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { ActivityEditRoute } from '../activity-edit-route';

const ID = '5b0c7d1e-2f4a-4a8e-9a51-000000000001';
const mine = createActivity({ version: 3, title: 'ปลูกผัก', outcomes: 'เดิม' });
// Meanwhile someone else changed the outcomes and saved version 4.
const theirs = createActivity({ version: 4, title: 'ปลูกผัก', outcomes: 'ครัวเรือนปลูกผัก 40 ครัวเรือน' });

type Put = { ifMatch: string | null; body: Record<string, unknown> };

async function editWithConflict() {
  const puts: Put[] = [];
  let reads = 0;
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/activities/${ID}`]: () => json(++reads === 1 ? mine : theirs),
    [`PUT /api/v1/activities/${ID}`]: async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      if (request.headers.get('If-Match') !== '"4"') {
        return problem(412, 'version.stale', 'Someone else saved this record first.', { currentVersion: 4 });
      }
      return json(createActivity({ ...theirs, ...(body as object), version: 5 }));
    },
  });
  const view = renderRoute(<ActivityEditRoute />, { path: '/activities/:id/edit', url: `/activities/${ID}/edit` });
  const title = await screen.findByRole('textbox', { name: 'ชื่อกิจกรรม' });
  await userEvent.clear(title);
  await userEvent.paste('ปลูกผักสวนครัว');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกการแก้ไข' }));
  const dialog = await screen.findByRole('dialog', { name: 'มีผู้อื่นบันทึกข้อมูลก่อนคุณ' });
  return { puts, dialog, ...view };
}

test('keeps the center fixed and sends the version edited; shows what differs when someone saved first', async () => {
  const { puts, dialog } = await editWithConflict();

  expect(screen.getByText('กิจกรรมย้ายไปศูนย์อื่นไม่ได้')).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: 'ศูนย์' })).not.toBeInTheDocument();
  expect(puts[0]?.ifMatch).toBe('"3"');
  expect(within(dialog).getByText(/ฉบับที่ 4/)).toBeInTheDocument();
  const table = within(dialog).getByRole('table', { name: 'รายการที่แตกต่างกัน' });
  expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['ชื่อกิจกรรม', 'ผลที่ได้รับ']);
});

test('re-applies my changes on the latest version and saves with its ETag', async () => {
  const { puts, dialog, router } = await editWithConflict();

  await userEvent.click(within(dialog).getByRole('button', { name: 'นำการแก้ไขของฉันไปใช้กับฉบับล่าสุด' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('textbox', { name: 'ชื่อกิจกรรม' })).toHaveValue('ปลูกผักสวนครัว');

  await userEvent.click(screen.getByRole('button', { name: 'บันทึกการแก้ไข' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/activities/${ID}`));
  expect(puts[1]?.ifMatch).toBe('"4"');
  expect(puts[1]?.body).toMatchObject({ title: 'ปลูกผักสวนครัว', outcomes: 'ครัวเรือนปลูกผัก 40 ครัวเรือน' });
});

test('offers no form for a voided activity', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/activities/${ID}`]: createActivity({
      voided: { at: '2024-12-20T10:15:00+07:00', by: 'demo.district5201', reason: 'บันทึกซ้ำ' },
    }),
  });
  renderRoute(<ActivityEditRoute />, { path: '/activities/:id/edit', url: `/activities/${ID}/edit` });

  expect(await screen.findByText('กิจกรรมนี้ถูกยกเลิกรายการแล้ว จึงแก้ไขไม่ได้')).toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: 'ชื่อกิจกรรม' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึกการแก้ไข' })).not.toBeInTheDocument();
});
