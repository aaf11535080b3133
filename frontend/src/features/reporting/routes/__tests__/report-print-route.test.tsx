import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createDistrict, createMe, page } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createReport, DEADLINE_ID } from '../../testing/reporting-data';
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
  expect(within(form).getByRole('heading', { name: '3. ปัญหาอุปสรรค' })).toBeInTheDocument();
  expect(within(form).getByText('ฝนตกหนักในเดือนพฤศจิกายน')).toBeInTheDocument();
  expect(within(form).getByText(/ลงชื่อ \.+ ผู้รายงาน/)).toBeInTheDocument();
  expect(within(form).getByText(/^ตำแหน่ง \.+/)).toBeInTheDocument();

  await userEvent.click(screen.getByRole('switch', { name: 'ใช้เลขไทย' }));

  expect(within(form).getByText(/ไตรมาส ๑\/๒๕๖๘ ปีงบประมาณ พ\.ศ\. ๒๕๖๘/)).toBeInTheDocument();
  expect(within(form).getByText(/กำหนดส่ง ๑๓ ธันวาคม ๒๕๖๗/)).toBeInTheDocument();
  expect(within(activities).getByRole('row', { name: /ตู้เย็นตู้ยารอบบ้าน/ })).toHaveTextContent('๑๒');
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('๔๒');
  expect(within(form).getByRole('heading', { name: '๓. ปัญหาอุปสรรค' })).toBeInTheDocument();
  expect(within(form).queryByText(/\d/)).toBeNull();

  await userEvent.click(screen.getByRole('button', { name: 'พิมพ์' }));
  expect(print).toHaveBeenCalled();
});

test('adds up the districts’ reports for the province and lists who reported', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    'GET /api/v1/provinces/52/districts': page([createDistrict(), createDistrict({ code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' })]),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/reports/5201`]: createReport({
      state: 'ACCEPTED',
      standing: 'ACCEPTED',
      onTime: true,
      submittedAt: '2024-12-10T03:00:00Z',
    }),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/reports/5202`]: createReport({
      districtCode: '5202',
      district: { code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' },
      state: undefined,
      standing: 'MISSING',
    }),
  });
  renderRoute(<ProvinceReportPrintRoute />, {
    path: '/reports/:deadlineId/province/:provinceCode/print',
    url: `/reports/${DEADLINE_ID}/province/52/print`,
  });

  const form = await screen.findByRole('article', { name: TITLE });
  expect(within(form).getByText(/สำนักงานพัฒนาชุมชนจังหวัดลำปาง/)).toBeInTheDocument();
  const standings = within(form).getByRole('table', { name: 'อำเภอทั้งหมด 2 อำเภอ' });
  expect(within(standings).getByRole('row', { name: /เมืองลำปาง/ })).toHaveTextContent('รับรองแล้ว10 ธ.ค. 2567ตรงเวลา');
  expect(within(standings).getByRole('row', { name: /แม่เมาะ/ })).toHaveTextContent('เลยกำหนด ยังไม่ส่ง');
  const activities = within(form).getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' });
  expect(within(activities).getByRole('row', { name: /ตู้เย็นตู้ยารอบบ้าน/ })).toHaveTextContent('24');
  expect(within(activities).getByRole('row', { name: /รวมกิจกรรมทั้งสิ้น/ })).toHaveTextContent('84');
  const centers = within(form).getByRole('table', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนในพื้นที่' });
  expect(within(centers).getByRole('row', { name: /ศูนย์ที่ดำเนินการอยู่/ })).toHaveTextContent('38');
  expect(within(centers).getByRole('row', { name: /ร้อยละ/ })).toHaveTextContent('89.5%');
});
