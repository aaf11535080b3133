import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDeadline, DEADLINE_ID } from '../../testing/reporting-data';
import { DeadlinesRoute } from '../deadlines-route';

const PAGE = '/reports/deadlines?fiscalYear=2568';
const holiday = { date: '2024-12-05', nameTh: 'วันพ่อแห่งชาติ', nameEn: "National Father's Day", kind: 'PUBLIC', version: 0 };

type Put = { path: string; ifMatch: string | null; body: unknown };

test('a province sets its earlier date first without If-Match, then changes it with one', async () => {
  const puts: Put[] = [];
  let deadline = createDeadline();
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': () => json([deadline]),
    'GET /api/v1/holidays': [holiday],
    [`PUT /api/v1/deadlines/${DEADLINE_ID}/provinces/52`]: async (request: Request) => {
      const body = (await request.json()) as { dueOn: string };
      puts.push({ path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body });
      if (body.dueOn > deadline.dueOn) {
        return problem(422, 'reporting.deadline.later-than-national', '', {
          errors: [{ field: 'dueOn', code: 'reporting.deadline.later-than-national', message: 'after' }],
        });
      }
      deadline = { ...deadline, provinceDueOn: body.dueOn, provinceVersion: puts.length - 1 };
      return json(deadline);
    },
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  const table = await screen.findByRole('table', { name: 'กำหนดส่งรายงานของปีงบประมาณ' });
  const row = within(table).getByRole('row', { name: /ไตรมาส 1\/2568/ });
  expect(row).toHaveTextContent('13 ธันวาคม 2567');
  expect(row).toHaveTextContent('ใช้กำหนดของกรม');
  expect(within(row).queryByRole('button', { name: /เปลี่ยนกำหนดส่ง/ })).not.toBeInTheDocument();

  await userEvent.click(within(row).getByRole('button', { name: /กำหนดวันส่งของจังหวัดสำหรับ/ }));
  let dialog = await screen.findByRole('dialog', { name: 'กำหนดวันส่งของจังหวัด' });
  const date = within(dialog).getByLabelText(/วันที่กำหนดส่ง/);
  await userEvent.clear(date);
  await userEvent.type(date, '2024-12-20');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  expect(await within(dialog).findByText('วันส่งของจังหวัดต้องไม่ช้ากว่ากำหนดของกรม')).toBeInTheDocument();
  expect(puts).toEqual([]);

  await userEvent.clear(date);
  await userEvent.type(date, '2024-12-10');
  expect(within(dialog).getByText('ตรงกับ 10 ธันวาคม 2567')).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await waitFor(() => expect(within(table).getByRole('row', { name: /ไตรมาส 1\/2568/ })).toHaveTextContent('10 ธันวาคม 2567'));

  await userEvent.click(within(table).getByRole('button', { name: /กำหนดวันส่งของจังหวัดสำหรับ/ }));
  dialog = await screen.findByRole('dialog', { name: 'กำหนดวันส่งของจังหวัด' });
  const again = within(dialog).getByLabelText(/วันที่กำหนดส่ง/);
  await userEvent.clear(again);
  await userEvent.type(again, '2024-12-11');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(puts).toHaveLength(2));

  expect(puts.map((p) => p.ifMatch)).toEqual([null, '"0"']);
  expect(puts[1]?.body).toEqual({ dueOn: '2024-12-11' });
});

test('the department moves a deadline with If-Match and keeps the holiday table', async () => {
  const calls: Put[] = [];
  mockApi({
    'GET /api/v1/me': createMe({ username: 'demo.national', roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': [createDeadline({ version: 4 })],
    'GET /api/v1/holidays': (request: Request) => {
      const query = new URL(request.url).searchParams;
      return json(query.get('from') === '2024-10-01' && query.get('to') === '2025-09-30' ? [holiday] : []);
    },
    [`PUT /api/v1/deadlines/${DEADLINE_ID}/due-on`]: async (request: Request) => {
      calls.push({ path: 'move', ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createDeadline({ dueOn: '2024-12-12', version: 5 }));
    },
    'PUT /api/v1/holidays/2024-12-05': async (request: Request) => {
      calls.push({ path: 'holiday', ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json({ ...holiday, nameTh: 'วันพ่อ', version: 1 });
    },
    'DELETE /api/v1/holidays/2024-12-05': (request: Request) => {
      calls.push({ path: 'delete', ifMatch: request.headers.get('If-Match'), body: null });
      return new Response(null, { status: 204 });
    },
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  await userEvent.click(await screen.findByRole('button', { name: /เปลี่ยนกำหนดส่ง/ }));
  const dialog = await screen.findByRole('dialog', { name: 'เปลี่ยนกำหนดส่งของกรม' });
  const date = within(dialog).getByLabelText(/วันที่กำหนดส่ง/);
  await userEvent.clear(date);
  await userEvent.type(date, '2024-12-12');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  const holidays = screen.getByRole('table', { name: 'วันหยุดราชการ ปีงบประมาณ 2568' });
  const row = within(holidays).getByRole('row', { name: /วันพ่อแห่งชาติ/ });
  expect(row).toHaveTextContent('วันพฤหัสบดี 5 ธันวาคม 2567');
  await userEvent.click(within(row).getByRole('button', { name: 'แก้ไข วันพ่อแห่งชาติ' }));
  const edit = await screen.findByRole('dialog', { name: 'แก้ไขวันหยุดราชการ' });
  const name = within(edit).getByRole('textbox', { name: 'ชื่อวันหยุด (ภาษาไทย)' });
  await userEvent.clear(name);
  await userEvent.type(name, 'วันพ่อ');
  await userEvent.click(within(edit).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  await userEvent.click(within(row).getByRole('button', { name: 'ลบ วันพ่อแห่งชาติ' }));
  const remove = await screen.findByRole('dialog', { name: 'ลบวันหยุด' });
  await userEvent.click(within(remove).getByRole('button', { name: 'ลบ' }));
  await waitFor(() => expect(calls).toHaveLength(3));

  expect(calls).toEqual([
    { path: 'move', ifMatch: '"4"', body: { dueOn: '2024-12-12' } },
    { path: 'holiday', ifMatch: '"0"', body: { nameTh: 'วันพ่อ', nameEn: "National Father's Day", kind: 'PUBLIC' } },
    { path: 'delete', ifMatch: '"0"', body: null },
  ]);
});

test('shows when provinces report to the department, and lets the department set it for quarterly deadlines only', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ username: 'demo.national', roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': [
      createDeadline({ provinceReportDueOn: '2024-12-27' }),
      createDeadline({ id: 'q2', quarter: 2, titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 2/2568', dueOn: '2025-03-14' }),
      createDeadline({ id: 'location', kind: 'LOCATION_REPORT', quarter: undefined, titleTh: 'รายงานที่ตั้งศูนย์ 2568', dueOn: '2025-09-15' }),
    ],
    'GET /api/v1/holidays': [],
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  const table = await screen.findByRole('table', { name: 'กำหนดส่งรายงานของปีงบประมาณ' });
  expect(within(table).getByRole('columnheader', { name: 'จังหวัดส่งรายงานถึงกรม' })).toBeInTheDocument();
  expect(within(table).getByRole('row', { name: /ไตรมาส 1\/2568/ })).toHaveTextContent('27 ธันวาคม 2567');
  const q2 = within(table).getByRole('row', { name: /ไตรมาส 2\/2568/ });
  expect(q2).toHaveTextContent('ยังไม่กำหนด');
  expect(within(q2).getByRole('button', { name: /กำหนดวันส่งรายงานจังหวัดถึงกรม/ })).toBeInTheDocument();
  const location = within(table).getByRole('row', { name: /ที่ตั้งศูนย์/ });
  expect(within(location).queryByRole('button', { name: /กำหนดวันส่งรายงานจังหวัด/ })).not.toBeInTheDocument();
});
