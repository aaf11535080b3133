import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import type { Office } from '../../api/get-office-contacts';
import { createDeadline } from '../../testing/reporting-data';
import { RemindersRoute } from '../reminders-route';

const PAGE = '/reports/reminders?fiscalYear=2570';
const admin = createMe({ username: 'demo.admin', roles: ['ADMIN'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } });
const q1 = createDeadline({ id: 'q1', fiscalYear: 2570, titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 1/2570', dueOn: '2026-12-15' });
const offices: Office[] = [
  { areaCode: '53', level: 'PROVINCE', nameTh: 'อุตรดิตถ์', nameEn: 'Uttaradit', email: 'cdd.uttaradit@cdvl.example', version: 0 },
  { areaCode: '5301', level: 'DISTRICT', nameTh: 'เมืองอุตรดิตถ์', nameEn: 'Mueang Uttaradit', email: 'office5301@cdvl.example', version: 0 },
  { areaCode: '5302', level: 'DISTRICT', nameTh: 'ตรอน', nameEn: 'Tron' },
];
const sent = [
  { deadlineId: 'q1', areaCode: '53', kind: 'PROVINCE_SUMMARY', sentAt: '2026-12-16T08:00:00+07:00' },
  { deadlineId: 'q1', areaCode: '5301', kind: 'BEFORE_7', sentAt: '2026-12-08T08:00:00+07:00' },
  // A reminder of another fiscal year's report stays off this year's page.
  { deadlineId: 'other-year', areaCode: '5301', kind: 'BEFORE_2', sentAt: '2025-12-10T08:00:00+07:00' },
];

test('shows what was sent, to which office and for which report, and the offices that get none', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '53', nameTh: 'อุตรดิตถ์', nameEn: 'Uttaradit' } }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2570/deadlines': [q1],
    'GET /api/v1/reminders': sent,
    'GET /api/v1/office-contacts': offices,
  });
  renderRoute(<RemindersRoute />, { path: '/reports/reminders', url: PAGE });

  const table = await screen.findByRole('table', { name: 'การแจ้งเตือนที่ส่งแล้ว ล่าสุดก่อน' });
  // Offices are named once their list has come.
  await within(table).findByText('สำนักงานพัฒนาชุมชนจังหวัดอุตรดิตถ์');
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toHaveTextContent('สำนักงานพัฒนาชุมชนจังหวัดอุตรดิตถ์');
  expect(rows[0]).toHaveTextContent('สรุปอำเภอที่ยังไม่ส่ง (ถึงจังหวัด)');
  expect(rows[1]).toHaveTextContent('8 ธ.ค. 2569');
  expect(rows[1]).toHaveTextContent('รายงานผลการดำเนินงาน ไตรมาส 1/2570');
  expect(rows[1]).toHaveTextContent('สำนักงานพัฒนาชุมชนอำเภอเมืองอุตรดิตถ์');
  expect(rows[1]).toHaveTextContent('เตือนก่อนครบกำหนด 7 วัน');
  expect(rows[1]).toHaveTextContent('office5301@cdvl.example');

  expect(screen.getByText('สำนักงาน 1 แห่งในพื้นที่ยังไม่มีอีเมล จึงไม่ได้รับการแจ้งเตือน')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'ดูและเพิ่มอีเมลสำนักงาน' })).toHaveAttribute('href', '/reports/contacts');
  // Only an administrator runs the pass by hand.
  expect(screen.queryByRole('button', { name: 'ส่งการแจ้งเตือนตอนนี้' })).not.toBeInTheDocument();
});

test('an administrator sends the day’s reminders after confirming, and is told how many went out', async () => {
  let runs = 0;
  let log = sent.slice(1, 2);
  mockApi({
    'GET /api/v1/me': admin,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2570/deadlines': [q1],
    'GET /api/v1/reminders': () => json(log),
    'GET /api/v1/office-contacts': offices,
    'POST /api/v1/reminders/run': () => {
      runs += 1;
      log = sent.slice(0, 2);
      return json({ sent: 2 });
    },
  });
  renderRoute(<RemindersRoute />, { path: '/reports/reminders', url: PAGE });

  const table = await screen.findByRole('table', { name: 'การแจ้งเตือนที่ส่งแล้ว ล่าสุดก่อน' });
  expect(within(table).getAllByRole('row')).toHaveLength(2);

  await userEvent.click(screen.getByRole('button', { name: 'ส่งการแจ้งเตือนตอนนี้' }));
  let dialog = await screen.findByRole('dialog', { name: 'ส่งการแจ้งเตือนของวันนี้ตอนนี้' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ยกเลิก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(runs).toBe(0);

  await userEvent.click(screen.getByRole('button', { name: 'ส่งการแจ้งเตือนตอนนี้' }));
  dialog = await screen.findByRole('dialog', { name: 'ส่งการแจ้งเตือนของวันนี้ตอนนี้' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งเลย' }));
  expect(await screen.findByText('ส่งการแจ้งเตือนแล้ว 2 ฉบับ')).toBeInTheDocument();
  expect(runs).toBe(1);
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
});
