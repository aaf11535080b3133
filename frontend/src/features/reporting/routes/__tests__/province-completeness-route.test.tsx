import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDeadline, createNationalCompleteness, DEADLINE_ID, DEADLINE_Q2_ID } from '../../testing/reporting-data';
import { ProvinceCompletenessRoute } from '../province-completeness-route';

const national = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});

const zero = { NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, SUBMITTED_ON_TIME: 0, SUBMITTED_LATE: 0, RETURNED: 0, ACCEPTED: 0, MISSING: 0 };

/** Two provinces: Lampang's Q1 report submitted against the department's date, Chiang Mai's overdue; Q2 has no date yet. */
function provinceMatrix() {
  const base = createNationalCompleteness();
  return {
    ...base,
    rows: [
      {
        area: { code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' },
        cells: [
          { deadlineId: DEADLINE_ID, standing: 'MISSING' as const },
          { deadlineId: DEADLINE_Q2_ID, standing: 'NOT_STARTED' as const },
        ],
      },
      {
        area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
        cells: [
          { deadlineId: DEADLINE_ID, standing: 'SUBMITTED_ON_TIME' as const },
          { deadlineId: DEADLINE_Q2_ID, standing: 'SUBMITTED' as const },
        ],
      },
    ],
    totals: [
      { deadlineId: DEADLINE_ID, counts: { ...zero, SUBMITTED_ON_TIME: 1, MISSING: 1 }, submittedRate: 0.5, onTimeRate: 0.5 },
      { deadlineId: DEADLINE_Q2_ID, counts: { ...zero, SUBMITTED: 1, NOT_STARTED: 1 }, submittedRate: 0.5, onTimeRate: 0 },
    ],
  };
}

test('shows each province’s own report per quarter against the department’s date, linking to it', async () => {
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/completeness/province-reports': provinceMatrix(),
    'GET /api/v1/fiscal-years/2568/deadlines': [
      createDeadline({ provinceReportDueOn: '2024-12-20' }),
      createDeadline({ id: DEADLINE_Q2_ID, quarter: 2, dueOn: '2025-03-14' }),
    ],
  });
  renderRoute(<ProvinceCompletenessRoute />, {
    path: '/reports/completeness/provinces',
    url: '/reports/completeness/provinces?fiscalYear=2568',
  });

  const table = await screen.findByRole('table', { name: 'การส่งรายงาน ปีงบประมาณ 2568: ทั่วประเทศ' });
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
  expect(headers).toEqual(['จังหวัด', 'ไตรมาส 1/2568ภายใน 20 ธ.ค. 2567', 'ไตรมาส 2/2568กรมยังไม่กำหนดวันส่ง']);

  const lampang = within(table).getByRole('row', { name: /ลำปาง/ });
  expect(within(lampang).getAllByRole('cell').map((c) => c.textContent)).toEqual(['ส่งตรงเวลา', 'ส่งแล้ว']);
  expect(within(lampang).getByRole('link', { name: 'ไตรมาส 1/2568: ส่งตรงเวลา' })).toHaveAttribute(
    'href',
    `/reports/${DEADLINE_ID}/province/52`,
  );
  const chiangMai = within(table).getByRole('row', { name: /เชียงใหม่/ });
  expect(within(chiangMai).getAllByRole('cell')[0]).toHaveTextContent('เลยกำหนด ยังไม่ส่ง');

  const total = within(table).getByRole('row', { name: /รวมทั่วประเทศ/ });
  expect(total).toHaveTextContent('ยังไม่ส่ง (เลยกำหนด) 1 จาก 2 จังหวัด');
  expect(screen.getByRole('link', { name: 'รายการรายงานของจังหวัดรายไตรมาส' })).toHaveAttribute(
    'href',
    expect.stringContaining('fiscalYear=2568'),
  );
});
