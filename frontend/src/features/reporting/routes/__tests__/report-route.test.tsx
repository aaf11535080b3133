import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { setAccessTokenProvider } from '@/lib/api-client';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem, saved } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createNotStartedReport, createReport, DEADLINE_ID } from '../../testing/reporting-data';
import { ReportRoute } from '../report-route';

const URL_5201 = `/reports/${DEADLINE_ID}/5201`;
const REPORT = `/api/v1/deadlines/${DEADLINE_ID}/reports/5201`;
const provinceOfficer = createMe({
  username: 'demo.province52',
  roles: ['PROVINCE_OFFICER'],
  area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
});

type Call = { path: string; ifMatch: string | null; prefer: string | null; body: unknown };

function render() {
  return renderRoute(<ReportRoute />, { path: '/reports/:deadlineId/:districtCode', url: URL_5201 });
}

async function record(calls: Call[], request: Request) {
  const text = await request.text();
  calls.push({
    path: new URL(request.url).pathname,
    ifMatch: request.headers.get('If-Match'),
    prefer: request.headers.get('Prefer'),
    body: text ? JSON.parse(text) : null,
  });
}

test('lays out the prefilled figures as in the official form', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET ${REPORT}`]: createReport() });
  render();

  const activities = await screen.findByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' });
  expect(within(activities).getByRole('row', { name: /ตู้เย็นตู้ยารอบบ้าน/ })).toHaveTextContent('12');
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมข้อ 3\.1/ })).toHaveTextContent('30');
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('42');
  const participants = screen.getByRole('table', { name: 'ผู้เข้าร่วมกิจกรรม แยกตามกลุ่มเป้าหมาย' });
  expect(within(participants).getByRole('row', { name: /รวมผู้เข้าร่วม/ })).toHaveTextContent('1,633');
  const sectors = screen.getByRole('table', { name: 'การประสานความร่วมมือภาคีการพัฒนา ๗ ภาคส่วน' });
  expect(within(sectors).getByRole('row', { name: /ภาคเอกชน/ })).toHaveTextContent('2,500.50');
  const centers = screen.getByRole('table', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนในพื้นที่' });
  expect(within(centers).getByRole('row', { name: /ร้อยละ/ })).toHaveTextContent('89.5%');
  expect(screen.getByText('กำหนดส่ง 13 ธันวาคม 2567')).toBeInTheDocument();
});

test('shows the centers’ driving plans against what was done, after the form’s tables', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET ${REPORT}`]: createReport() });
  render();

  const plan = await screen.findByRole('table', { name: 'แผนขับเคลื่อนของศูนย์เทียบกับผลการดำเนินงาน' });
  expect(within(plan).getByRole('row', { name: /^ศูนย์ที่มีแผนขับเคลื่อน/ })).toHaveTextContent('15');
  expect(within(plan).getByRole('row', { name: /แผนที่อำเภอยืนยันแล้ว/ })).toHaveTextContent('12');
  expect(within(plan).getByRole('row', { name: /^กิจกรรมที่วางแผนไว้/ })).toHaveTextContent('40');
  expect(within(plan).getByRole('row', { name: /^ดำเนินการแล้ว/ })).toHaveTextContent('31');
  expect(within(plan).getByRole('row', { name: /ดำเนินการต่างจากแผน/ })).toHaveTextContent('5');
  expect(within(plan).getByRole('row', { name: /^ยังไม่ได้ดำเนินการ/ })).toHaveTextContent('9');
  expect(within(plan).getByRole('row', { name: /ร้อยละของกิจกรรมตามแผนที่ดำเนินการแล้ว/ })).toHaveTextContent('77.5%');
  expect(within(plan).getByRole('columnheader', { name: 'กิจกรรมตามแผนในไตรมาส' })).toBeInTheDocument();
  expect(screen.getAllByRole('table').at(-1)).toBe(plan);
  expect(screen.queryByText(/ไม่มีตัวเลขแผนขับเคลื่อน/)).toBeNull();
});

test('says so when a report was submitted before reports recorded the driving plans', async () => {
  const report = createReport({ state: 'SUBMITTED', standing: 'SUBMITTED_ON_TIME', onTime: true, submittedAt: '2024-12-10T03:00:00Z' });
  if (report.figures?.kind === 'QUARTERLY') delete report.figures.plan;
  mockApi({ 'GET /api/v1/me': createMe(), [`GET ${REPORT}`]: report });
  render();

  await screen.findByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' });
  expect(screen.queryByRole('table', { name: 'แผนขับเคลื่อนของศูนย์เทียบกับผลการดำเนินงาน' })).toBeNull();
  expect(screen.getByText(/ไม่มีตัวเลขแผนขับเคลื่อน/)).toBeInTheDocument();
});

test('saves the first draft without If-Match, then with the version it got', async () => {
  const calls: Call[] = [];
  let version = 0;
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${REPORT}`]: createNotStartedReport(),
    [`PUT ${REPORT}`]: async (request: Request) => {
      await record(calls, request);
      const body = calls.at(-1)?.body as Record<string, string>;
      return saved(request, createReport({ ...body, state: 'DRAFT', standing: 'DRAFT', version: version++ }));
    },
  });
  render();

  const results = await screen.findByRole('textbox', { name: 'ผลการดำเนินงาน' });
  await userEvent.type(results, 'จัดกิจกรรมครบทุกศูนย์');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));
  await screen.findByText('บันทึกแล้ว');
  await userEvent.type(screen.getByRole('textbox', { name: 'ปัญหาอุปสรรค' }), 'งบประมาณน้อย');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));

  await waitFor(() => expect(calls).toHaveLength(2));
  expect(calls[0]).toMatchObject({ ifMatch: null, prefer: null, body: { results: 'จัดกิจกรรมครบทุกศูนย์' } });
  // the report on screen is saved again with its version and needs only the new one back (no figures computed)
  expect(calls[1]).toMatchObject({
    ifMatch: '"0"',
    prefer: 'return=minimal',
    body: { results: 'จัดกิจกรรมครบทุกศูนย์', problems: 'งบประมาณน้อย' },
  });
});

test('becomes read-only once the district submits it', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${REPORT}`]: createReport({ version: 2 }),
    [`PUT ${REPORT}`]: async (request: Request) => {
      await record(calls, request);
      return saved(request, createReport({ ...(calls.at(-1)?.body as object), version: 3 }));
    },
    [`POST ${REPORT}/submit`]: async (request: Request) => {
      await record(calls, request);
      return json(
        createReport({
          state: 'SUBMITTED',
          standing: 'SUBMITTED_LATE',
          results: 'ผลใหม่',
          onTime: false,
          submittedAt: '2026-11-25T03:00:00Z',
          version: 4,
        }),
      );
    },
  });
  render();

  const results = await screen.findByRole('textbox', { name: 'ผลการดำเนินงาน' });
  await userEvent.clear(results);
  await userEvent.type(results, 'ผลใหม่');
  await userEvent.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
  const dialog = await screen.findByRole('dialog', { name: 'ยืนยันการส่งรายงาน' });
  expect(within(dialog).getByText('การแก้ไขที่ยังไม่ได้บันทึกจะถูกบันทึกก่อนส่ง')).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันส่งรายงาน' }));

  expect(await screen.findByText('ส่งรายงานแล้ว รอจังหวัดตรวจ แก้ไขไม่ได้จนกว่าจังหวัดจะส่งกลับ')).toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: 'ผลการดำเนินงาน' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ส่งรายงาน' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึกร่าง' })).not.toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'ผลการดำเนินงาน' })).toHaveTextContent('ผลใหม่');
  expect(screen.getAllByText('ส่งล่าช้า').length).toBeGreaterThan(0);
  expect(calls.map((c) => [c.path.endsWith('/submit') ? 'submit' : 'save', c.ifMatch])).toEqual([
    ['save', '"2"'],
    ['submit', '"3"'],
  ]);
});

test('shows what differs when someone saved first and re-applies my change on their version', async () => {
  const calls: Call[] = [];
  let reads = 0;
  const theirs = createReport({ version: 3, problems: 'ถนนชำรุด' });
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${REPORT}`]: () => json(++reads === 1 ? createReport({ version: 2 }) : theirs),
    [`PUT ${REPORT}`]: async (request: Request) => {
      await record(calls, request);
      if (request.headers.get('If-Match') !== '"3"') return problem(412, 'version.stale', '', { currentVersion: 3 });
      return saved(request, createReport({ ...(calls.at(-1)?.body as object), version: 4 }));
    },
  });
  render();

  await userEvent.type(await screen.findByRole('textbox', { name: 'ข้อเสนอแนะ' }), 'เพิ่มงบประมาณ');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));
  const dialog = await screen.findByRole('dialog', { name: 'มีผู้อื่นบันทึกรายงานนี้ก่อนคุณ' });
  const table = within(dialog).getByRole('table', { name: 'รายการที่แตกต่างกัน' });
  expect(within(table).getByRole('row', { name: /ปัญหาอุปสรรค/ })).toHaveTextContent('ถนนชำรุด');
  expect(within(table).getByRole('row', { name: /ข้อเสนอแนะ/ })).toHaveTextContent('เพิ่มงบประมาณ');

  await userEvent.click(within(dialog).getByRole('button', { name: 'นำการแก้ไขของฉันไปใช้กับฉบับล่าสุด' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));

  await waitFor(() => expect(calls).toHaveLength(2));
  expect(calls[1]).toMatchObject({ ifMatch: '"3"', body: { problems: 'ถนนชำรุด', suggestions: 'เพิ่มงบประมาณ' } });
});

test('shows the province’s comment on a returned report and lets the district edit again', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${REPORT}`]: createReport({
      state: 'RETURNED',
      standing: 'RETURNED',
      reviewComment: 'กรุณาเพิ่มผลการดำเนินงานภารกิจที่ ๓',
      reviewedBy: 'demo.province52',
      reviewedAt: '2026-11-25T04:00:00Z',
    }),
  });
  render();

  expect(await screen.findByText('จังหวัดส่งรายงานกลับให้แก้ไข')).toBeInTheDocument();
  expect(screen.getByText('กรุณาเพิ่มผลการดำเนินงานภารกิจที่ ๓')).toBeInTheDocument();
  expect(screen.getByText(/โดย demo\.province52 เมื่อ 25 พ\.ย\. 2569/)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'ผลการดำเนินงาน' })).toBeEnabled();
});

test('returning a report needs a comment saying what to change', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    [`GET ${REPORT}`]: createReport({ state: 'SUBMITTED', standing: 'SUBMITTED_ON_TIME', version: 5 }),
    [`POST ${REPORT}/return`]: async (request: Request) => {
      await record(calls, request);
      return json(createReport({ state: 'RETURNED', standing: 'RETURNED', reviewComment: 'เพิ่มภาพกิจกรรม', version: 6 }));
    },
  });
  render();

  expect(await screen.findByRole('button', { name: 'รับรอง' })).toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: 'ผลการดำเนินงาน' })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }));
  const dialog = await screen.findByRole('dialog', { name: 'ส่งรายงานกลับให้อำเภอแก้ไข' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งกลับ' }));

  expect(await within(dialog).findByText('กรุณาระบุสิ่งที่อำเภอต้องแก้ไข')).toBeInTheDocument();
  const comment = within(dialog).getByRole('textbox', { name: /สิ่งที่อำเภอต้องแก้ไข/ });
  expect(comment).toHaveFocus();
  expect(calls).toEqual([]);

  await userEvent.type(comment, 'เพิ่มภาพกิจกรรม');
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งกลับ' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(calls).toEqual([{ path: `${REPORT}/return`, ifMatch: '"5"', prefer: null, body: { comment: 'เพิ่มภาพกิจกรรม' } }]);
  expect(await screen.findByText('จังหวัดส่งรายงานกลับให้แก้ไข')).toBeInTheDocument();
});

test('offers to reopen an accepted report, with a reason', async () => {
  const calls: Call[] = [];
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    [`GET ${REPORT}`]: createReport({ state: 'ACCEPTED', standing: 'ACCEPTED', version: 7 }),
    [`POST ${REPORT}/reopen`]: async (request: Request) => {
      await record(calls, request);
      return json(createReport({ state: 'RETURNED', standing: 'RETURNED', reviewComment: 'ตัวเลขผิด', version: 8 }));
    },
  });
  render();

  await userEvent.click(await screen.findByRole('button', { name: 'เปิดให้แก้ไขอีกครั้ง' }));
  const dialog = await screen.findByRole('dialog', { name: 'เปิดรายงานที่รับรองแล้วให้แก้ไข' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดให้แก้ไข' }));
  expect(await within(dialog).findByText('กรุณาระบุเหตุผลที่เปิดให้แก้ไข')).toBeInTheDocument();
  await userEvent.type(within(dialog).getByRole('textbox', { name: /เหตุผลที่เปิดให้แก้ไข/ }), 'ตัวเลขผิด');
  await userEvent.click(within(dialog).getByRole('button', { name: 'เปิดให้แก้ไข' }));

  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0]).toMatchObject({ ifMatch: '"7"', body: { reason: 'ตัวเลขผิด' } });
});

test('explains a district outside the user’s area', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET ${REPORT}`]: () => problem(404, 'reporting.report.not-found') });
  render();
  expect(await screen.findByText('ไม่พบรายงานนี้ หรืออำเภออยู่นอกพื้นที่รับผิดชอบของคุณ')).toBeInTheDocument();
});

test('downloads the official form as a workbook, with the token', async () => {
  const createObjectURL = vi.fn(() => 'blob:report');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  setAccessTokenProvider(async () => 'token-1');
  let authorization: string | null = null;
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${REPORT}`]: createReport(),
    [`GET ${REPORT}.xlsx`]: (request: Request) => {
      authorization = request.headers.get('Authorization');
      return new Response(new Blob(['xlsx']), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': 'attachment; filename="report-2568-q1-5201.xlsx"',
        },
      });
    },
  });
  render();

  await userEvent.click(await screen.findByRole('button', { name: 'ดาวน์โหลด Excel' }));

  await waitFor(() => expect(click).toHaveBeenCalled());
  setAccessTokenProvider(async () => undefined);
  expect(authorization).toBe('Bearer token-1');
  expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('report-2568-q1-5201.xlsx');
});
