import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createNationalReport, createNationalYearReport, DEADLINE_ID } from '../../testing/reporting-data';
import { NationalReportPrintRoute } from '../national-report-print-route';
import { NationalYearReportPrintRoute } from '../national-year-report-print-route';

const TITLE = 'สรุปผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชนระดับประเทศ';
const national = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});

const rowText = (table: HTMLElement, name: RegExp) =>
  within(within(table).getByRole('row', { name })).getAllByRole('cell').map((cell) => cell.textContent);

test('prints the quarter for the department: the nation’s tables, the reports per standing, a line per province', async () => {
  mockApi({
    'GET /api/v1/me': national,
    [`GET /api/v1/deadlines/${DEADLINE_ID}/national-report`]: createNationalReport(),
  });
  renderRoute(<NationalReportPrintRoute />, { path: '/reports/national/:deadlineId/print', url: `/reports/national/${DEADLINE_ID}/print` });

  const form = await screen.findByRole('article', { name: TITLE });
  expect(within(form).getByText(/ไตรมาส 1\/2568 ปีงบประมาณ พ\.ศ\. 2568/)).toBeInTheDocument();
  expect(within(form).getByText(/กำหนดส่งของอำเภอ 13 ธันวาคม 2567/)).toBeInTheDocument();
  // The department has not set the provinces' date, and nothing invents one.
  expect(within(form).getByText(/กำหนดส่งกรม —/)).toBeInTheDocument();
  expect(within(form).getByText('รวมจาก 2 จังหวัด: 1 จังหวัดตามรายงานที่ส่งกรมแล้ว จังหวัดที่เหลือรวมจากอำเภอ')).toBeInTheDocument();
  expect(within(form).getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' })).toBeInTheDocument();

  const counts = within(form).getByRole('table', { name: 'จำนวนรายงานแยกตามสถานะ' });
  expect(rowText(counts, /^ส่งตรงเวลา/)).toEqual(['10', '0']);
  expect(rowText(counts, /^ส่งแล้ว/)).toEqual(['0', '1']);
  expect(rowText(counts, /^รวม/)).toEqual(['13', '2']);
  expect(within(form).getByText('อำเภอส่งตรงเวลา 76.9%')).toBeInTheDocument();

  const provinces = within(form).getByRole('table', { name: 'จังหวัดทั้งหมด 2 จังหวัด' });
  // 95 + 240 + 1,250 + 36 + 12 took part; 16 partners of the 7 sectors gave 12,500.50 baht; 12 of 13 districts in.
  expect(rowText(provinces, /^ลำปาง/)).toEqual(['19', '17', '89.5%', '42', '1,633', '16', '12,500.50', 'ส่งแล้ว', '12/13']);
  expect(within(provinces).getByRole('rowheader', { name: 'ลำพูน *' })).toBeInTheDocument();
});

test('prints the fiscal year with compliance per quarter and each province’s quarters, in Thai digits when asked', async () => {
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years/2568/national-report': createNationalYearReport(),
  });
  renderRoute(<NationalYearReportPrintRoute />, {
    path: '/reports/national/year/:fiscalYear/print',
    url: '/reports/national/year/2568/print?thaiDigits=1',
  });

  const form = await screen.findByRole('article', { name: TITLE });
  expect(within(form).getByText(/ปีงบประมาณ พ\.ศ\. ๒๕๖๘/)).toBeInTheDocument();
  const byQuarter = within(form).getByRole('table', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนที่จัดกิจกรรม แยกตามไตรมาส' });
  expect(within(byQuarter).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
    'รายการ',
    'ไตรมาส 1',
    'ไตรมาส 2',
    'ไตรมาส 3',
    'ไตรมาส 4',
  ]);
  expect(rowText(byQuarter, /^ร้อยละ/)).toEqual(['๘๙.๕%', '๑๐๐%', '๐%', '๐%']);
  // A year counts partners, not the centers working with them.
  const sectors = within(form).getByRole('table', { name: 'การประสานความร่วมมือภาคีการพัฒนา ๗ ภาคส่วน' });
  expect(within(sectors).getAllByRole('columnheader')).toHaveLength(3);

  const provinces = within(form).getByRole('table', { name: 'จังหวัดทั้งหมด ๑ จังหวัด' });
  expect(rowText(provinces, /^ลำปาง/)).toEqual(['๘๙.๕%', '๑๐๐%', '๐%', '๐%', '๘๔', '๑,๖๓๓', '๑๒,๕๐๐.๕๐', '๒/๔', '๒๔/๕๒']);
});
