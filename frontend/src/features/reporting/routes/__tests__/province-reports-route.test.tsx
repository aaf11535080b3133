import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDeadline, createNationalReport, createProvinceReportList, DEADLINE_ID } from '../../testing/reporting-data';
import { ProvinceReportsRoute } from '../province-reports-route';

const national = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});

function render() {
  return renderRoute(<ProvinceReportsRoute />, {
    path: '/reports/provinces',
    url: `/reports/provinces?fiscalYear=2568&deadlineId=${DEADLINE_ID}`,
  });
}

test('counts the provinces per standing and lists each with a way into its report', async () => {
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': [
      createDeadline(),
      createDeadline({ id: 'location', kind: 'LOCATION_REPORT', quarter: undefined, titleTh: 'รายงานที่ตั้งศูนย์ 2568' }),
    ],
    [`GET /api/v1/deadlines/${DEADLINE_ID}/province-reports`]: createProvinceReportList(),
  });
  render();

  const counts = await screen.findByRole('region', { name: 'จำนวนจังหวัดตามสถานะ' });
  const items = within(counts).getAllByRole('listitem').map((item) => item.textContent);
  expect(items).toEqual(['ทั้งหมด 3 จังหวัด', 'ยังไม่เริ่ม1', 'ร่าง ยังไม่ส่ง1', 'ส่งแล้ว1', 'ส่งกลับให้แก้ไข0', 'รับรองแล้ว0']);
  expect(screen.getByText(/กำหนดส่งรายงานของจังหวัดถึงกรม: —/)).toBeInTheDocument();
  // Only quarterly deadlines go from provinces to the department.
  expect(screen.getByRole('combobox', { name: 'รายงาน' })).toHaveTextContent('รายงานผลการดำเนินงาน ไตรมาส 1/2568');
  expect(screen.queryByRole('option', { name: 'รายงานที่ตั้งศูนย์ 2568' })).not.toBeInTheDocument();

  const table = screen.getByRole('table', { name: 'รายงานของจังหวัด: รายงานผลการดำเนินงาน ไตรมาส 1/2568' });
  const lampang = within(table).getByRole('row', { name: /ลำปาง/ });
  expect(lampang).toHaveTextContent('ส่งแล้ว');
  expect(lampang).toHaveTextContent('20 ธ.ค. 2567 10:00');
  expect(within(lampang).getByRole('link', { name: 'เปิดรายงานจังหวัดลำปาง' })).toHaveAttribute(
    'href',
    `/reports/${DEADLINE_ID}/province/52`,
  );
  expect(within(table).getByRole('row', { name: /ลำพูน/ })).toHaveTextContent('ยังไม่เริ่ม');
});

test('the department sets the provinces’ due date with the deadline’s version, not before the districts’ date', async () => {
  const puts: { ifMatch: string | null; body: unknown }[] = [];
  let deadline = createDeadline({ version: 4 });
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': () => json([deadline]),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/province-reports`]: () =>
      json(createProvinceReportList({ dueOn: deadline.provinceReportDueOn })),
    [`PUT /api/v1/deadlines/${DEADLINE_ID}/province-report-due-on`]: async (request: Request) => {
      const body = (await request.json()) as { dueOn: string };
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      deadline = { ...deadline, provinceReportDueOn: body.dueOn, version: 5 };
      return json(deadline);
    },
  });
  render();

  await userEvent.click(await screen.findByRole('button', { name: /กำหนดวันส่งรายงานจังหวัดถึงกรม/ }));
  const dialog = await screen.findByRole('dialog', { name: 'กำหนดวันที่จังหวัดส่งรายงานถึงกรม' });
  expect(within(dialog).getByText('ต้องไม่เร็วกว่ากำหนดส่งของอำเภอ (13 ธันวาคม 2567)')).toBeInTheDocument();
  const date = within(dialog).getByLabelText(/วันที่กำหนดส่ง/);
  await userEvent.clear(date);
  await userEvent.type(date, '2024-12-10');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  expect(await within(dialog).findByText('วันส่งรายงานของจังหวัดต้องไม่เร็วกว่ากำหนดส่งของอำเภอ')).toBeInTheDocument();
  expect(puts).toEqual([]);

  await userEvent.clear(date);
  await userEvent.type(date, '2024-12-27');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(puts).toEqual([{ ifMatch: '"4"', body: { dueOn: '2024-12-27' } }]);
  expect(await screen.findByText(/กำหนดส่งรายงานของจังหวัดถึงกรม: 27 ธันวาคม 2567/)).toBeInTheDocument();
  // With a date, submissions are judged and the unsent go missing: the counts say so.
  const counts = screen.getByRole('region', { name: 'จำนวนจังหวัดตามสถานะ' });
  await waitFor(() => expect(within(counts).getByText('เลยกำหนด ยังไม่ส่ง')).toBeInTheDocument());
});

test('the department sees the nation’s roll-up of the deadline, counted as the provinces reported, with its workbooks', async () => {
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': [createDeadline()],
    [`GET /api/v1/deadlines/${DEADLINE_ID}/province-reports`]: createProvinceReportList(),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/national-report`]: createNationalReport(),
  });
  render();

  const rollUp = await screen.findByRole('region', { name: 'ภาพรวมประเทศ (รายงานถึงกรม)' });
  expect(
    await within(rollUp).findByText(/รวมจาก 2 จังหวัด: 1 จังหวัดตามรายงานที่ส่งกรมแล้ว จังหวัดที่เหลือรวมจากอำเภอ/),
  ).toBeInTheDocument();
  expect(within(rollUp).getByText(/อำเภอส่งตรงเวลา 76.9/)).toBeInTheDocument();
  expect(within(rollUp).getByRole('button', { name: 'Excel ภาพรวมประเทศ ไตรมาสนี้' })).toBeInTheDocument();
  expect(within(rollUp).getByRole('button', { name: 'Excel ภาพรวมประเทศ ทั้งปีงบประมาณ' })).toBeInTheDocument();
  expect(within(rollUp).getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' })).toHaveTextContent('12');
});
