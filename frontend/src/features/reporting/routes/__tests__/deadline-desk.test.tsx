import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import type { FiscalYear } from '@/features/calendar/api/get-fiscal-years';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDeadline } from '../../testing/reporting-data';
import { DeadlinesRoute } from '../deadlines-route';

const PAGE = '/reports/deadlines?fiscalYear=2570';
const national = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});
const province = createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } });

function fy2570(overrides: Partial<FiscalYear> = {}): FiscalYear {
  return {
    year: 2570,
    startsOn: '2026-10-01',
    endsOn: '2027-09-30',
    operationStartsOn: '2026-11-15',
    operationEndsOn: '2027-09-15',
    quarters: [],
    version: 3,
    updatedAt: '2026-11-25T10:00:00+07:00',
    updatedBy: 'migration',
    ...overrides,
  };
}

// Q1 falls in December 2026, which the holiday table covers; Q2 in March 2027, which it does not.
const deadlines2570 = [
  createDeadline({ id: 'q1', fiscalYear: 2570, titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 1/2570', dueOn: '2026-12-15' }),
  createDeadline({
    id: 'q2',
    fiscalYear: 2570,
    quarter: 2,
    titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 2/2570',
    dueOn: '2027-03-15',
    holidaysKnown: false,
  }),
];

test('warns where deadlines fall in a year without holidays, on the table and in the holiday section', async () => {
  mockApi({
    'GET /api/v1/me': province,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2570': fy2570(),
    'GET /api/v1/fiscal-years/2570/deadlines': deadlines2570,
    'GET /api/v1/holidays': [],
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  const alert = await screen.findByRole('alert', { name: 'ตารางวันหยุดยังไม่มีวันหยุดราชการของปี พ.ศ. 2570' });
  expect(alert).toHaveTextContent('ตารางวันหยุดยังไม่มีวันหยุดราชการของปี พ.ศ. 2570');
  expect(alert).toHaveTextContent('ขอให้กรมเพิ่มวันหยุดราชการของปี พ.ศ. 2570');

  const table = screen.getByRole('table', { name: 'กำหนดส่งรายงานของปีงบประมาณ' });
  expect(within(table).getByRole('row', { name: /ไตรมาส 2\/2570/ })).toHaveTextContent('ยังไม่มีวันหยุดของปีนี้');
  expect(within(table).getByRole('row', { name: /ไตรมาส 1\/2570/ })).not.toHaveTextContent('ยังไม่มีวันหยุดของปีนี้');

  const holidays = screen.getByRole('region', { name: 'วันหยุดราชการ ปีงบประมาณ 2570' });
  expect(holidays).toHaveTextContent('ตารางยังไม่มีวันหยุดราชการของปี พ.ศ. 2570');

  // A province officer reads the operation period, does not change it, and opens no location report.
  const period = screen.getByRole('region', { name: 'ช่วงเวลาดำเนินงาน ปีงบประมาณ 2570' });
  expect(await within(period).findByText('15 พฤศจิกายน 2569 ถึง 15 กันยายน 2570')).toBeInTheDocument();
  expect(within(period).queryByRole('button')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /เปิดรายงานศูนย์/ })).not.toBeInTheDocument();
  // …and finds the office e-mails and the reminders of the area from here.
  const links = screen.getByRole('navigation', { name: 'หน้าที่เกี่ยวข้อง' });
  expect(within(links).getByRole('link', { name: 'อีเมลสำนักงานสำหรับการแจ้งเตือน' })).toHaveAttribute('href', '/reports/contacts');
  expect(within(links).getByRole('link', { name: 'การแจ้งเตือนที่ส่งแล้ว' })).toHaveAttribute(
    'href',
    '/reports/reminders?fiscalYear=2570',
  );
});

test('no warning when the holiday table covers every deadline, and a viewer gets no links to office e-mails', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['VIEWER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2570': fy2570(),
    'GET /api/v1/fiscal-years/2570/deadlines': [deadlines2570[0]],
    'GET /api/v1/holidays': [],
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  await screen.findByRole('table', { name: 'กำหนดส่งรายงานของปีงบประมาณ' });
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.queryByText(/ยังไม่มีวันหยุดของปีนี้/)).not.toBeInTheDocument();
  expect(screen.queryByRole('navigation', { name: 'หน้าที่เกี่ยวข้อง' })).not.toBeInTheDocument();
});

test('the department changes the operation period with If-Match and sees the server refuse a date outside the year', async () => {
  const puts: { ifMatch: string | null; body: unknown }[] = [];
  let year = fy2570();
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2570': () => json(year),
    'GET /api/v1/fiscal-years/2570/deadlines': deadlines2570,
    'GET /api/v1/holidays': [],
    'PUT /api/v1/fiscal-years/2570/operation-period': async (request: Request) => {
      const body = (await request.json()) as { operationStartsOn: string; operationEndsOn: string };
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      if (body.operationStartsOn < year.startsOn) {
        return problem(422, 'calendar.operation-period.invalid', '', {
          errors: [{ field: 'operationStartsOn', code: 'calendar.operation-period.invalid', message: 'outside' }],
        });
      }
      year = { ...year, ...body, version: year.version + 1 };
      return json(year);
    },
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  const period = await screen.findByRole('region', { name: 'ช่วงเวลาดำเนินงาน ปีงบประมาณ 2570' });
  await userEvent.click(await within(period).findByRole('button', { name: 'เปลี่ยนช่วงเวลา' }));
  const dialog = await screen.findByRole('dialog', { name: 'ช่วงเวลาดำเนินงาน ปีงบประมาณ 2570' });
  const starts = within(dialog).getByLabelText(/วันเริ่มดำเนินงาน/);
  await userEvent.clear(starts);
  await userEvent.type(starts, '2026-09-01');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  expect(await within(dialog).findByText('ช่วงเวลาดำเนินงานต้องอยู่ภายในปีงบประมาณ')).toBeInTheDocument();

  await userEvent.clear(starts);
  await userEvent.type(starts, '2026-11-01');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(await within(period).findByText('1 พฤศจิกายน 2569 ถึง 15 กันยายน 2570')).toBeInTheDocument();

  expect(puts).toEqual([
    { ifMatch: '"3"', body: { operationStartsOn: '2026-09-01', operationEndsOn: '2027-09-15' } },
    { ifMatch: '"3"', body: { operationStartsOn: '2026-11-01', operationEndsOn: '2027-09-15' } },
  ]);
});

test('the department opens the location report of a year that has none, and the button goes once it is open', async () => {
  const posts: unknown[] = [];
  let deadlines = deadlines2570;
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2570': fy2570(),
    'GET /api/v1/fiscal-years/2570/deadlines': () => json(deadlines),
    'GET /api/v1/holidays': [],
    'POST /api/v1/fiscal-years/2570/location-report': async (request: Request) => {
      const body = (await request.json()) as { dueOn: string };
      posts.push(body);
      if (body.dueOn < '2026-12-03') {
        return problem(422, 'reporting.deadline.in-past', '', {
          errors: [{ field: 'dueOn', code: 'reporting.deadline.in-past', message: 'before today' }],
        });
      }
      const opened = createDeadline({
        id: 'location',
        fiscalYear: 2570,
        kind: 'LOCATION_REPORT',
        quarter: undefined,
        titleTh: 'รายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (สิ่งที่ส่งมาด้วย ๓) ปีงบประมาณ 2570',
        dueOn: body.dueOn,
        holidaysKnown: false,
      });
      deadlines = [...deadlines, opened];
      return json(opened, 201);
    },
  });
  renderRoute(<DeadlinesRoute />, { path: '/reports/deadlines', url: PAGE });

  await userEvent.click(await screen.findByRole('button', { name: 'เปิดรายงานศูนย์ (สิ่งที่ส่งมาด้วย ๓)' }));
  const dialog = await screen.findByRole('dialog', {
    name: 'เปิดรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (สิ่งที่ส่งมาด้วย ๓) ปีงบประมาณ 2570',
  });
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดรายงาน' }));
  expect(within(dialog).getByText('กรุณาเลือกวันที่')).toBeInTheDocument();
  expect(posts).toEqual([]);

  const date = within(dialog).getByLabelText(/วันที่กำหนดส่ง/);
  await userEvent.type(date, '2026-11-20');
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดรายงาน' }));
  expect(await within(dialog).findByText('วันกำหนดส่งต้องไม่ก่อนวันนี้')).toBeInTheDocument();

  await userEvent.clear(date);
  await userEvent.type(date, '2027-08-20');
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดรายงาน' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  const table = screen.getByRole('table', { name: 'กำหนดส่งรายงานของปีงบประมาณ' });
  expect(await within(table).findByRole('row', { name: /สิ่งที่ส่งมาด้วย ๓/ })).toHaveTextContent('20 สิงหาคม 2570');
  expect(screen.queryByRole('button', { name: 'เปิดรายงานศูนย์ (สิ่งที่ส่งมาด้วย ๓)' })).not.toBeInTheDocument();
  expect(posts).toEqual([{ dueOn: '2026-11-20' }, { dueOn: '2027-08-20' }]);
});
