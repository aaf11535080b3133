import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createCenter, createDistrict, createMe, createSubdistrict, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CenterNewRoute } from '../center-new-route';

const geo = {
  'GET /api/v1/me': createMe(),
  'GET /api/v1/provinces/52/districts': page([createDistrict()]),
  'GET /api/v1/districts/5201/subdistricts': page([createSubdistrict()]),
};

async function renderForm(handlers: Record<string, unknown> = {}) {
  const calls = mockApi({ ...geo, ...handlers });
  const view = renderRoute(<CenterNewRoute />, { path: '/centers/new' });
  await screen.findByRole('heading', { name: 'เพิ่มศูนย์ใหม่' });
  return { calls, ...view };
}

async function chooseSubdistrict() {
  const select = screen.getByRole('combobox', { name: 'ตำบล' });
  await waitFor(() => expect(select).not.toBeDisabled());
  await waitFor(() => expect(screen.getByRole('option', { name: 'เวียงเหนือ' })).toBeInTheDocument());
  await userEvent.selectOptions(select, '520101');
}

const posts = (calls: ReturnType<typeof mockApi>) =>
  calls.mock.calls.filter(([input]) => (input as Request).method === 'POST');

test('checks the form in Thai before sending anything', async () => {
  const { calls } = await renderForm();

  await userEvent.type(screen.getByRole('textbox', { name: 'หมู่ที่' }), '500');
  await userEvent.type(screen.getByRole('textbox', { name: 'ละติจูด' }), '18.3');
  await userEvent.type(screen.getByRole('textbox', { name: 'โทรศัพท์' }), 'โทร 054');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  expect(screen.getByRole('combobox', { name: 'ตำบล' })).toHaveAccessibleDescription('กรุณาเลือกจังหวัด อำเภอ และตำบล');
  expect(screen.getByRole('textbox', { name: 'ชื่อศูนย์' })).toHaveAccessibleDescription('กรุณากรอกข้อมูลนี้');
  expect(screen.getByRole('textbox', { name: 'หมู่ที่' })).toHaveAccessibleDescription(
    'หมู่ที่ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 200',
  );
  expect(screen.getByRole('textbox', { name: 'ลองจิจูด' })).toHaveAccessibleDescription(
    'กรุณาระบุทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งคู่',
  );
  expect(screen.getByRole('textbox', { name: 'โทรศัพท์' })).toHaveAccessibleDescription(
    /หมายเลขโทรศัพท์ไม่ถูกต้อง/,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('กรุณาแก้ไขรายการที่มีข้อความแจ้งเตือนก่อนบันทึก');
  // Focus goes to the first field that needs attention.
  expect(screen.getByRole('combobox', { name: 'ตำบล' })).toHaveFocus();
  expect(posts(calls)).toHaveLength(0);
});

test('rejects a point outside Thailand and a name over 200 characters', async () => {
  await renderForm();

  await userEvent.click(screen.getByRole('textbox', { name: 'ชื่อศูนย์' }));
  await userEvent.paste('ก'.repeat(201));
  await userEvent.type(screen.getByRole('textbox', { name: 'ละติจูด' }), '35.68');
  await userEvent.type(screen.getByRole('textbox', { name: 'ลองจิจูด' }), '139.76');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  expect(screen.getByRole('textbox', { name: 'ชื่อศูนย์' })).toHaveAccessibleDescription('ยาวเกิน 200 ตัวอักษร');
  expect(screen.getByRole('textbox', { name: 'ละติจูด' })).toHaveAccessibleDescription(/พิกัดต้องอยู่ในประเทศไทย/);
});

test('shows the server’s field errors next to their fields', async () => {
  await renderForm({
    'POST /api/v1/centers': () =>
      problem(422, 'geo.point.outside-thailand', 'The point is not in Thailand.', {
        errors: [
          { field: 'latitude', code: 'geo.point.outside-thailand', message: 'outside Thailand' },
          { field: 'villageName', code: 'request.something-new', message: 'server says no' },
        ],
      }),
  });
  await chooseSubdistrict();
  await userEvent.type(screen.getByRole('textbox', { name: 'ชื่อศูนย์' }), 'ศูนย์ทดสอบ');
  await userEvent.type(screen.getByRole('textbox', { name: 'ละติจูด' }), '18.3');
  await userEvent.type(screen.getByRole('textbox', { name: 'ลองจิจูด' }), '99.5');

  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  await waitFor(() =>
    expect(screen.getByRole('textbox', { name: 'ละติจูด' })).toHaveAccessibleDescription('พิกัดต้องอยู่ในประเทศไทย'),
  );
  // An unknown code falls back to the server's message.
  expect(screen.getByRole('textbox', { name: 'ชื่อหมู่บ้าน' })).toHaveAccessibleDescription('server says no');
  // Focus goes to the first of them in form order.
  expect(screen.getByRole('textbox', { name: 'ชื่อหมู่บ้าน' })).toHaveFocus();
});

test('explains a sub-district that already has a center and saves a justified second one', async () => {
  const bodies: Record<string, unknown>[] = [];
  const { router } = await renderForm({
    'POST /api/v1/centers': async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      if (!body.exceptionReason) {
        return problem(409, 'center.subdistrict.taken', 'The sub-district already has an active center.', {
          errors: [{ field: 'subdistrictCode', code: 'center.subdistrict.taken', message: 'has an active center' }],
        });
      }
      return json(createCenter({ id: 'new-center-id', exceptionReason: String(body.exceptionReason) }), 201);
    },
  });
  await chooseSubdistrict();
  await userEvent.type(screen.getByRole('textbox', { name: 'ชื่อศูนย์' }), 'ศูนย์แห่งที่สอง');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  expect(await screen.findByText('ตำบลนี้มีศูนย์ที่ดำเนินการอยู่แล้ว')).toBeInTheDocument();
  const reason = screen.getByRole('textbox', { name: 'เหตุผลความจำเป็น' });
  await waitFor(() => expect(reason).toHaveFocus());

  // Confirming without a reason is caught here.
  await userEvent.click(screen.getByRole('button', { name: 'ยืนยันและบันทึก' }));
  expect(reason).toHaveAccessibleDescription('กรุณาระบุเหตุผลความจำเป็น');
  expect(bodies).toHaveLength(1);

  await userEvent.type(reason, 'ตำบลกว้าง หมู่บ้านอยู่ห่างกันมาก');
  await userEvent.click(screen.getByRole('button', { name: 'ยืนยันและบันทึก' }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/centers/new-center-id'));
  expect(bodies[1]).toMatchObject({
    subdistrictCode: '520101',
    name: 'ศูนย์แห่งที่สอง',
    exceptionReason: 'ตำบลกว้าง หมู่บ้านอยู่ห่างกันมาก',
  });
});

test('tells a viewer that the role cannot add centers', async () => {
  mockApi({ ...geo, 'GET /api/v1/me': createMe({ roles: ['VIEWER'] }) });
  renderRoute(<CenterNewRoute />, { path: '/centers/new' });
  expect(await screen.findByText(/ดูข้อมูลได้อย่างเดียว/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึก' })).not.toBeInTheDocument();
});
