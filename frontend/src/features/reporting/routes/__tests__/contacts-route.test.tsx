import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import type { Office } from '../../api/get-office-contacts';
import { ContactsRoute } from '../contacts-route';

const province = createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } });

const lampang = (): Office[] => [
  { areaCode: '52', level: 'PROVINCE', nameTh: 'ลำปาง', nameEn: 'Lampang', email: 'cdd.lampang@cdvl.example', version: 2 },
  { areaCode: '5201', level: 'DISTRICT', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang', email: 'cdd.muang@cdvl.example', version: 0 },
  { areaCode: '5202', level: 'DISTRICT', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' },
  { areaCode: '5203', level: 'DISTRICT', nameTh: 'เกาะคา', nameEn: 'Ko Kha' },
];

type Put = { path: string; ifMatch: string | null; body: unknown };

test('lists the offices of the province with their e-mails, names those without one, and sets them with If-Match', async () => {
  const puts: Put[] = [];
  let offices = lampang();
  const put = (areaCode: string) => async (request: Request) => {
    const body = (await request.json()) as { email: string };
    puts.push({ path: areaCode, ifMatch: request.headers.get('If-Match'), body });
    if (!body.email.includes('@')) {
      return problem(400, 'validation.failed', '', { errors: [{ field: 'email', code: 'validation.email', message: 'must be an e-mail' }] });
    }
    const before = offices.find((o) => o.areaCode === areaCode);
    const version = before?.version === undefined ? 0 : before.version + 1;
    offices = offices.map((o) => (o.areaCode === areaCode ? { ...o, email: body.email, version } : o));
    return json({ areaCode, email: body.email, version });
  };
  mockApi({
    'GET /api/v1/me': province,
    'GET /api/v1/office-contacts': (request: Request) =>
      new URL(request.url).searchParams.has('provinceCode') ? problem(400, 'unexpected') : json(offices),
    'PUT /api/v1/office-contacts/5202': put('5202'),
    'PUT /api/v1/office-contacts/5201': put('5201'),
  });
  renderRoute(<ContactsRoute />, { path: '/reports/contacts', url: '/reports/contacts' });

  const warning = await screen.findByRole('alert', { name: 'สำนักงานเหล่านี้จะไม่ได้รับการแจ้งเตือน' });
  expect(warning).toHaveTextContent(
    'ยังไม่มีอีเมลของสำนักงาน 2 แห่ง: สำนักงานพัฒนาชุมชนอำเภอแม่เมาะ, สำนักงานพัฒนาชุมชนอำเภอเกาะคา',
  );
  const table = screen.getByRole('table', { name: 'สำนักงานพัฒนาชุมชนและอีเมล' });
  expect(within(table).getByRole('row', { name: /จังหวัดลำปาง/ })).toHaveTextContent('cdd.lampang@cdvl.example');
  expect(within(table).getByRole('row', { name: /อำเภอแม่เมาะ/ })).toHaveTextContent('ยังไม่มีอีเมล');
  // A province officer picks no province: the list is their own.
  expect(screen.queryByRole('combobox', { name: 'จังหวัด' })).not.toBeInTheDocument();

  await userEvent.click(within(table).getByRole('button', { name: 'เพิ่มอีเมลของสำนักงานพัฒนาชุมชนอำเภอแม่เมาะ' }));
  let dialog = await screen.findByRole('dialog', { name: 'สำนักงานพัฒนาชุมชนอำเภอแม่เมาะ' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  expect(within(dialog).getByText('กรุณากรอกอีเมล')).toBeInTheDocument();
  await userEvent.type(within(dialog).getByRole('textbox', { name: /อีเมลของสำนักงาน/ }), 'cdd.maemo@cdvl.example');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await waitFor(() =>
    expect(screen.getByRole('alert', { name: 'สำนักงานเหล่านี้จะไม่ได้รับการแจ้งเตือน' })).toHaveTextContent(
      'ยังไม่มีอีเมลของสำนักงาน 1 แห่ง: สำนักงานพัฒนาชุมชนอำเภอเกาะคา',
    ),
  );

  await userEvent.click(within(table).getByRole('button', { name: 'แก้ไขอีเมลของสำนักงานพัฒนาชุมชนอำเภอเมืองลำปาง' }));
  dialog = await screen.findByRole('dialog', { name: 'สำนักงานพัฒนาชุมชนอำเภอเมืองลำปาง' });
  const email = within(dialog).getByRole('textbox', { name: /อีเมลของสำนักงาน/ });
  expect(email).toHaveValue('cdd.muang@cdvl.example');
  await userEvent.clear(email);
  await userEvent.type(email, 'cdd.mueanglampang@cdvl.example');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  expect(puts).toEqual([
    { path: '5202', ifMatch: null, body: { email: 'cdd.maemo@cdvl.example' } },
    { path: '5201', ifMatch: '"0"', body: { email: 'cdd.mueanglampang@cdvl.example' } },
  ]);
});

test('the department picks a province, and sees when every office has an e-mail', async () => {
  const asked: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': createMe({ username: 'demo.national', roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } }),
    'GET /api/v1/provinces': page([
      { code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' },
      { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    ]),
    'GET /api/v1/office-contacts': (request: Request) => {
      const code = new URL(request.url).searchParams.get('provinceCode');
      asked.push(code);
      return json(code === '52' ? lampang().slice(0, 2) : lampang());
    },
  });
  renderRoute(<ContactsRoute />, { path: '/reports/contacts', url: '/reports/contacts' });

  await screen.findByRole('alert', { name: 'สำนักงานเหล่านี้จะไม่ได้รับการแจ้งเตือน' });
  const select = screen.getByRole('combobox', { name: 'จังหวัด' });
  await waitFor(() => expect(within(select).getByRole('option', { name: 'ลำปาง' })).toBeInTheDocument());
  expect(within(select).queryByRole('option', { name: 'กรุงเทพมหานคร' })).not.toBeInTheDocument();
  await userEvent.selectOptions(select, '52');

  expect(await screen.findByText('ทุกสำนักงานในตารางมีอีเมลแล้ว')).toBeInTheDocument();
  expect(screen.queryByRole('alert', { name: 'สำนักงานเหล่านี้จะไม่ได้รับการแจ้งเตือน' })).not.toBeInTheDocument();
  expect(asked).toEqual([null, '52']);
});
