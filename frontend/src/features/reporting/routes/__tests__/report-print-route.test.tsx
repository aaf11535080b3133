import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import {
  createDeadlineRef,
  createNotStartedProvinceReport,
  createProvinceReport,
  createReport,
  DEADLINE_ID,
} from '../../testing/reporting-data';
import { ProvinceReportPrintRoute } from '../province-report-print-route';
import { ReportPrintRoute } from '../report-print-route';

const TITLE = 'แบบรายงานผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน';

test('prints the official form in Thai, in Thai digits when asked', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/reports/5201`]: createReport({
      state: 'SUBMITTED',
      standing: 'SUBMITTED_ON_TIME',
      onTime: true,
      submittedAt: '2024-12-10T03:00:00Z',
      problems: 'ฝนตกหนักในเดือนพฤศจิกายน',
    }),
  });
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  renderRoute(<ReportPrintRoute />, {
    path: '/reports/:deadlineId/:districtCode/print',
    url: `/reports/${DEADLINE_ID}/5201/print`,
  });

  const form = await screen.findByRole('article', { name: TITLE });
  expect(within(form).getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
  expect(within(form).getByText(/ไตรมาส 1\/2568 ปีงบประมาณ พ\.ศ\. 2568/)).toBeInTheDocument();
  expect(within(form).getByText(/สำนักงานพัฒนาชุมชนอำเภอเมืองลำปาง จังหวัดลำปาง/)).toBeInTheDocument();
  expect(within(form).getByText(/กำหนดส่ง 13 ธันวาคม 2567/)).toBeInTheDocument();
  expect(within(form).getByText(/ส่งรายงานเมื่อ 10 ธันวาคม 2567 \(ตรงเวลา\)/)).toBeInTheDocument();
  const activities = within(form).getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' });
  expect(within(activities).getByRole('row', { name: /ตู้เย็นตู้ยารอบบ้าน/ })).toHaveTextContent('12');
  const plan = within(form).getByRole('table', { name: 'แผนขับเคลื่อนของศูนย์เทียบกับผลการดำเนินงาน' });
  expect(within(plan).getByRole('row', { name: /^ศูนย์ที่มีแผนขับเคลื่อน/ })).toHaveTextContent('15');
  expect(within(plan).getByRole('row', { name: /ร้อยละของกิจกรรมตามแผนที่ดำเนินการแล้ว/ })).toHaveTextContent('77.5%');
  expect(within(form).getByRole('heading', { name: '3. ปัญหาอุปสรรค' })).toBeInTheDocument();
  expect(within(form).getByText('ฝนตกหนักในเดือนพฤศจิกายน')).toBeInTheDocument();
  expect(within(form).getByText(/ลงชื่อ \.+ ผู้รายงาน/)).toBeInTheDocument();
  expect(within(form).getByText(/^ตำแหน่ง \.+/)).toBeInTheDocument();

  await userEvent.click(screen.getByRole('switch', { name: 'ใช้เลขไทย' }));

  expect(within(form).getByText(/ไตรมาส ๑\/๒๕๖๘ ปีงบประมาณ พ\.ศ\. ๒๕๖๘/)).toBeInTheDocument();
  expect(within(form).getByText(/กำหนดส่ง ๑๓ ธันวาคม ๒๕๖๗/)).toBeInTheDocument();
  expect(within(activities).getByRole('row', { name: /ตู้เย็นตู้ยารอบบ้าน/ })).toHaveTextContent('๑๒');
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('๔๒');
  expect(within(plan).getByRole('row', { name: /^ยังไม่ได้ดำเนินการ/ })).toHaveTextContent('๙');
  expect(within(form).getByRole('heading', { name: '๓. ปัญหาอุปสรรค' })).toBeInTheDocument();
  expect(within(form).queryByText(/\d/)).toBeNull();

  await userEvent.click(screen.getByRole('button', { name: 'พิมพ์' }));
  expect(print).toHaveBeenCalled();
});

test('prints the province’s report as the server holds it: figures, narrative and the districts’ standings', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/provinces/52/report`]: createProvinceReport({
      state: 'SUBMITTED',
      standing: 'SUBMITTED_ON_TIME',
      dueOn: '2024-12-27',
      submittedAt: '2024-12-20T03:00:00Z',
      onTime: true,
      problems: 'งบประมาณล่าช้า',
    }),
  });
  renderRoute(<ProvinceReportPrintRoute />, {
    path: '/reports/:deadlineId/province/:provinceCode/print',
    url: `/reports/${DEADLINE_ID}/province/52/print`,
  });

  const form = await screen.findByRole('article', { name: TITLE });
  expect(within(form).getByText(/สำนักงานพัฒนาชุมชนจังหวัดลำปาง/)).toBeInTheDocument();
  expect(within(form).getByText(/กำหนดส่งกรม 27 ธันวาคม 2567/)).toBeInTheDocument();
  expect(within(form).getByText(/กำหนดส่งของอำเภอ 13 ธันวาคม 2567/)).toBeInTheDocument();
  expect(within(form).getByText(/สถานะรายงาน: ส่งตรงเวลา/)).toBeInTheDocument();
  expect(within(form).getByText(/ส่งรายงานเมื่อ 20 ธันวาคม 2567 \(ตรงเวลา\)/)).toBeInTheDocument();
  expect(within(form).getByText('ตัวเลขรวมจากรายงานของทุกอำเภอ ณ เวลาที่จังหวัดส่งรายงาน')).toBeInTheDocument();
  const activities = within(form).getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' });
  expect(within(activities).getByRole('row', { name: /ตู้เย็นตู้ยารอบบ้าน/ })).toHaveTextContent('12');
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('42');
  expect(within(form).getByRole('heading', { name: '2. ผลการดำเนินงาน' })).toBeInTheDocument();
  expect(within(form).getByText('ทุกอำเภอจัดกิจกรรมครบตามแผน')).toBeInTheDocument();
  expect(within(form).getByText('งบประมาณล่าช้า')).toBeInTheDocument();
  expect(within(form).getByRole('heading', { name: '6. การส่งรายงานของอำเภอ' })).toBeInTheDocument();
  const standings = within(form).getByRole('table', { name: 'อำเภอทั้งหมด 2 อำเภอ' });
  expect(within(standings).getByRole('row', { name: /เมืองลำปาง/ })).toHaveTextContent('รับรองแล้ว10 ธ.ค. 2567ตรงเวลา');
  expect(within(standings).getByRole('row', { name: /แม่เมาะ/ })).toHaveTextContent('เลยกำหนด ยังไม่ส่ง');

  await userEvent.click(screen.getByRole('switch', { name: 'ใช้เลขไทย' }));

  expect(within(form).getByText(/กำหนดส่งกรม ๒๗ ธันวาคม ๒๕๖๗/)).toBeInTheDocument();
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('๔๒');
  expect(within(form).getByRole('heading', { name: '๖. การส่งรายงานของอำเภอ' })).toBeInTheDocument();
  expect(within(form).queryByText(/\d/)).toBeNull();
});

test('prints a province’s location report as its districts’ roll-up, with no narrative and no date of its own', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } }),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/provinces/52/report`]: createNotStartedProvinceReport({
      deadline: createDeadlineRef({ kind: 'LOCATION_REPORT', quarter: undefined, titleTh: 'รายงานที่ตั้งศูนย์ 2568' }),
      figures: { kind: 'LOCATION', locations: { subdistricts: 100, subdistrictsWithCenter: 90, subdistrictsWithoutCenter: 10, centers: 95 } },
      narratives: [],
    }),
  });
  renderRoute(<ProvinceReportPrintRoute />, {
    path: '/reports/:deadlineId/province/:provinceCode/print',
    url: `/reports/${DEADLINE_ID}/province/52/print`,
  });

  const form = await screen.findByRole('article', { name: 'แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  expect(within(form).queryByText(/กำหนดส่งกรม/)).toBeNull();
  expect(within(form).queryByRole('heading', { name: /^\d\. ผลการดำเนินงาน$/ })).toBeNull();
  expect(within(form).getByRole('heading', { name: '2. การส่งรายงานของอำเภอ' })).toBeInTheDocument();
  expect(within(form).getByRole('table', { name: 'ที่ตั้งศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' })).toBeInTheDocument();
});
