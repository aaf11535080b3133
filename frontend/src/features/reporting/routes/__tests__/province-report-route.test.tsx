import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, saved } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import {
  createDeadlineRef,
  createNotStartedProvinceReport,
  createProvinceReport,
  DEADLINE_ID,
} from '../../testing/reporting-data';
import { ProvinceReportRoute } from '../province-report-route';

const REPORT = `/api/v1/deadlines/${DEADLINE_ID}/provinces/52/report`;
const provinceOfficer = createMe({
  username: 'demo.province52',
  roles: ['PROVINCE_OFFICER'],
  area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
});
const national = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});

type Call = { path: string; ifMatch: string | null; prefer: string | null; body: unknown };

async function record(calls: Call[], request: Request) {
  const text = await request.text();
  calls.push({
    path: new URL(request.url).pathname,
    ifMatch: request.headers.get('If-Match'),
    prefer: request.headers.get('Prefer'),
    body: text ? JSON.parse(text) : null,
  });
}

function render() {
  return renderRoute(<ProvinceReportRoute />, {
    path: '/reports/:deadlineId/province/:provinceCode',
    url: `/reports/${DEADLINE_ID}/province/52`,
  });
}

test('shows the province’s figures and districts, and “—” for a due date the department has not set', async () => {
  mockApi({ 'GET /api/v1/me': provinceOfficer, [`GET ${REPORT}`]: createProvinceReport() });
  render();

  expect(await screen.findByRole('heading', { level: 2, name: 'รายงานผลการดำเนินงาน ไตรมาส 1/2568' })).toBeInTheDocument();
  expect(screen.getByText('จังหวัดลำปาง')).toBeInTheDocument();
  expect(screen.getByText('กำหนดส่งรายงานถึงกรม —')).toBeInTheDocument();
  expect(screen.getByText('กำหนดส่งของอำเภอ 13 ธันวาคม 2567')).toBeInTheDocument();
  const activities = screen.getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' });
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('42');
  const districts = screen.getByRole('table', { name: 'การส่งรายงานของอำเภอในจังหวัดลำปาง' });
  const mueang = within(districts).getByRole('row', { name: /เมืองลำปาง/ });
  expect(mueang).toHaveTextContent('รับรองแล้ว');
  expect(mueang).toHaveTextContent('10 ธ.ค. 2567 10:00');
  expect(mueang).toHaveTextContent('ตรงเวลา');
  expect(within(mueang).getByRole('link', { name: 'เมืองลำปาง' })).toHaveAttribute('href', `/reports/${DEADLINE_ID}/5201`);
  expect(within(districts).getByRole('row', { name: /แม่เมาะ/ })).toHaveTextContent('เลยกำหนด ยังไม่ส่ง');
  expect(screen.getByRole('link', { name: 'พิมพ์แบบรายงาน' })).toHaveAttribute('href', `/reports/${DEADLINE_ID}/province/52/print`);
  expect(screen.getByRole('button', { name: 'ดาวน์โหลด Excel' })).toBeInTheDocument();
});

test('shows the department’s due date once set', async () => {
  mockApi({ 'GET /api/v1/me': provinceOfficer, [`GET ${REPORT}`]: createProvinceReport({ dueOn: '2024-12-27' }) });
  render();
  expect(await screen.findByText('กำหนดส่งรายงานถึงกรม 27 ธันวาคม 2567')).toBeInTheDocument();
});

test('quoting a district appends its text to the same part, named after the district', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    [`GET ${REPORT}`]: createProvinceReport(),
    [`PUT ${REPORT}`]: async (request: Request) => {
      await record(calls, request);
      return saved(request, createProvinceReport({ ...(calls.at(-1)?.body as object), version: 4 }));
    },
  });
  render();

  const results = await screen.findByRole('textbox', { name: 'ผลการดำเนินงาน' });
  const quotes = screen.getByRole('region', { name: 'ข้อความจากรายงานของอำเภอที่ส่งแล้ว' });
  await userEvent.click(within(quotes).getByRole('button', { name: 'อ้างอิงผลการดำเนินงานของอำเภอเมืองลำปาง' }));
  expect(results).toHaveValue('ทุกอำเภอจัดกิจกรรมครบตามแผน\nอำเภอเมืองลำปาง: ศูนย์ทุกแห่งจัดกิจกรรมตู้เย็นตู้ยารอบบ้าน');

  const problems = screen.getByRole('textbox', { name: 'ปัญหาอุปสรรค' });
  await userEvent.click(within(quotes).getByRole('button', { name: 'อ้างอิงปัญหาอุปสรรคของอำเภอเมืองลำปาง' }));
  expect(problems).toHaveValue('อำเภอเมืองลำปาง: ฝนตกหนักในเดือนพฤศจิกายน');
  // A part the district left empty has nothing to quote.
  expect(within(quotes).queryByRole('button', { name: 'อ้างอิงข้อเสนอแนะของอำเภอเมืองลำปาง' })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0]).toMatchObject({
    ifMatch: '"3"',
    body: {
      results: 'ทุกอำเภอจัดกิจกรรมครบตามแผน\nอำเภอเมืองลำปาง: ศูนย์ทุกแห่งจัดกิจกรรมตู้เย็นตู้ยารอบบ้าน',
      problems: 'อำเภอเมืองลำปาง: ฝนตกหนักในเดือนพฤศจิกายน',
    },
  });
});

test('the province starts its report without If-Match and submits it to the department after confirming', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    [`GET ${REPORT}`]: createNotStartedProvinceReport(),
    [`PUT ${REPORT}`]: async (request: Request) => {
      await record(calls, request);
      return saved(request, createProvinceReport({ ...(calls.at(-1)?.body as object), version: 0 }));
    },
    [`POST ${REPORT}/submit`]: async (request: Request) => {
      await record(calls, request);
      return json(
        createProvinceReport({ state: 'SUBMITTED', standing: 'SUBMITTED', results: 'สรุปผลจังหวัด', submittedAt: '2024-12-20T03:00:00Z', version: 1 }),
      );
    },
  });
  render();

  await userEvent.type(await screen.findByRole('textbox', { name: 'ผลการดำเนินงาน' }), 'สรุปผลจังหวัด');
  await userEvent.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
  const dialog = await screen.findByRole('dialog', { name: 'ยืนยันการส่งรายงาน' });
  expect(within(dialog).getByText(/จนกว่ากรมจะส่งกลับ/)).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันส่งรายงาน' }));

  expect(await screen.findByText('ส่งรายงานแล้ว รอกรมตรวจ แก้ไขไม่ได้จนกว่ากรมจะส่งกลับ')).toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: 'ผลการดำเนินงาน' })).not.toBeInTheDocument();
  // No due date yet: the submission is neither on time nor late.
  expect(screen.getByText('ส่งครั้งแรก 20 ธ.ค. 2567 10:00')).toBeInTheDocument();
  expect(screen.queryByText('ล่าช้า')).not.toBeInTheDocument();
  expect(calls.map((c) => [c.path.endsWith('/submit') ? 'submit' : 'save', c.ifMatch])).toEqual([
    ['save', null],
    ['submit', '"0"'],
  ]);
});

test('the department reads a draft but cannot edit it, nor review it before submission', async () => {
  mockApi({ 'GET /api/v1/me': national, [`GET ${REPORT}`]: createProvinceReport() });
  render();

  expect(await screen.findByRole('region', { name: 'ผลการดำเนินงาน' })).toHaveTextContent('ทุกอำเภอจัดกิจกรรมครบตามแผน');
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึกร่าง' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /อ้างอิง/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ส่งกลับให้แก้ไข' })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'กลับไปรายงานของจังหวัดถึงกรม' })).toHaveAttribute(
    'href',
    `/reports/provinces?fiscalYear=2568&deadlineId=${DEADLINE_ID}`,
  );
});

test('the department returns a submitted report only with a comment saying what to change', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': national,
    [`GET ${REPORT}`]: createProvinceReport({ state: 'SUBMITTED', standing: 'SUBMITTED', submittedAt: '2024-12-20T03:00:00Z', version: 5 }),
    [`POST ${REPORT}/return`]: async (request: Request) => {
      await record(calls, request);
      return json(createProvinceReport({ state: 'RETURNED', standing: 'RETURNED', reviewComment: 'เพิ่มข้อเสนอแนะ', version: 6 }));
    },
  });
  render();

  expect(await screen.findByText('จังหวัดส่งรายงานแล้ว รอกรมตรวจ')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'รับรอง' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }));
  const dialog = await screen.findByRole('dialog', { name: 'ส่งรายงานกลับให้จังหวัดแก้ไข' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งกลับ' }));

  expect(await within(dialog).findByText('กรุณาระบุสิ่งที่จังหวัดต้องแก้ไข')).toBeInTheDocument();
  const comment = within(dialog).getByRole('textbox', { name: /สิ่งที่จังหวัดต้องแก้ไข/ });
  expect(comment).toHaveFocus();
  expect(calls).toEqual([]);

  await userEvent.type(comment, 'เพิ่มข้อเสนอแนะ');
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งกลับ' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(calls).toEqual([{ path: `${REPORT}/return`, ifMatch: '"5"', prefer: null, body: { comment: 'เพิ่มข้อเสนอแนะ' } }]);
  expect(await screen.findByText('กรมส่งรายงานกลับให้แก้ไข')).toBeInTheDocument();
});

test('a returned report shows the department’s comment and is the province’s to edit again', async () => {
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    [`GET ${REPORT}`]: createProvinceReport({
      state: 'RETURNED',
      standing: 'RETURNED',
      reviewComment: 'กรุณาสรุปปัญหาของทุกอำเภอ',
      reviewedBy: 'demo.national',
      reviewedAt: '2024-12-21T04:00:00Z',
    }),
  });
  render();

  expect(await screen.findByText('กรมส่งรายงานกลับให้แก้ไข')).toBeInTheDocument();
  expect(screen.getByText('กรุณาสรุปปัญหาของทุกอำเภอ')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'ผลการดำเนินงาน' })).toBeEnabled();
});

test('the department reopens an accepted report with a reason', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': national,
    [`GET ${REPORT}`]: createProvinceReport({ state: 'ACCEPTED', standing: 'ACCEPTED', version: 7 }),
    [`POST ${REPORT}/reopen`]: async (request: Request) => {
      await record(calls, request);
      return json(createProvinceReport({ state: 'RETURNED', standing: 'RETURNED', reviewComment: 'ตัวเลขผิด', version: 8 }));
    },
  });
  render();

  await userEvent.click(await screen.findByRole('button', { name: 'เปิดให้แก้ไขอีกครั้ง' }));
  const dialog = await screen.findByRole('dialog', { name: 'เปิดรายงานที่รับรองแล้วให้แก้ไข' });
  expect(within(dialog).getByText(/กลับไปที่จังหวัด/)).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดให้แก้ไข' }));
  expect(await within(dialog).findByText('กรุณาระบุเหตุผลที่เปิดให้แก้ไข')).toBeInTheDocument();
  await userEvent.type(within(dialog).getByRole('textbox', { name: /เหตุผลที่เปิดให้แก้ไข/ }), 'ตัวเลขผิด');
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดให้แก้ไข' }));
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0]).toMatchObject({ ifMatch: '"7"', body: { reason: 'ตัวเลขผิด' } });
});

test('a location-report deadline shows the figures and districts only, with no editor', async () => {
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    [`GET ${REPORT}`]: createNotStartedProvinceReport({
      deadline: createDeadlineRef({ kind: 'LOCATION_REPORT', quarter: undefined, titleTh: 'รายงานที่ตั้งศูนย์ 2568' }),
      figures: { kind: 'LOCATION', locations: { subdistricts: 100, subdistrictsWithCenter: 90, subdistrictsWithoutCenter: 10, centers: 95 } },
    }),
  });
  render();

  expect(await screen.findByRole('table', { name: 'ที่ตั้งศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' })).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'การส่งรายงานของอำเภอในจังหวัดลำปาง' })).toBeInTheDocument();
  expect(screen.getByText(/จังหวัดไม่ต้องส่งรายงานนี้ถึงกรม/)).toBeInTheDocument();
  expect(screen.queryByText(/กำหนดส่งรายงานถึงกรม/)).not.toBeInTheDocument();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ส่งรายงาน' })).not.toBeInTheDocument();
});
