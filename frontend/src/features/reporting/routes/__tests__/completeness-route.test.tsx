import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createNationalCompleteness, createProvinceCompleteness, DEADLINE_ID } from '../../testing/reporting-data';
import { CompletenessRoute } from '../completeness-route';

const national = createMe({ username: 'demo.national', roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } });

test('shows each province’s submitted and on-time shares in words, with a drill-down', async () => {
  const asked: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/completeness': (request: Request) => {
      asked.push(new URL(request.url).search);
      return json(createNationalCompleteness());
    },
  });
  renderRoute(<CompletenessRoute />, { path: '/reports/completeness', url: '/reports/completeness?fiscalYear=2568' });

  const table = await screen.findByRole('table', { name: 'การส่งรายงาน ปีงบประมาณ 2568: ทั่วประเทศ' });
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
  expect(headers).toEqual(['จังหวัด', 'ไตรมาส 1/2568ภายใน 13 ธ.ค. 2567', 'ไตรมาส 2/2568ภายใน 14 มี.ค. 2568']);
  const lampang = within(table).getByRole('row', { name: /ลำปาง/ });
  const [q1, q2] = within(lampang).getAllByRole('cell');
  expect(q1).toHaveTextContent('ส่งแล้ว 84.6%');
  expect(q1).toHaveTextContent('ตรงเวลา 46.2%');
  expect(q1).toHaveTextContent('ยังไม่ส่ง (เลยกำหนด) 2 จาก 13 อำเภอ');
  expect(q2).toHaveTextContent('ส่งแล้ว 0%');
  expect(within(lampang).getByRole('link', { name: 'ลำปาง' })).toHaveAttribute(
    'href',
    '/reports/completeness?fiscalYear=2568&areaCode=52',
  );
  expect(within(table).getByRole('row', { name: /รวมทั่วประเทศ/ })).toHaveTextContent('ส่งแล้ว 84.6%');
  expect(asked).toEqual(['?fiscalYear=2568']);
});

test('shows each district’s standing as a badge with its text, linking to the report', async () => {
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/completeness': createProvinceCompleteness(),
  });
  renderRoute(<CompletenessRoute />, {
    path: '/reports/completeness',
    url: '/reports/completeness?fiscalYear=2568&areaCode=52',
  });

  const table = await screen.findByRole('table', { name: 'การส่งรายงาน ปีงบประมาณ 2568: ลำปาง' });
  expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent('อำเภอ');
  const mueang = within(table).getByRole('row', { name: /เมืองลำปาง/ });
  expect(within(mueang).getAllByRole('cell').map((c) => c.textContent)).toEqual(['รับรองแล้ว', 'ยังไม่เริ่ม']);
  expect(within(mueang).getByRole('link', { name: 'ไตรมาส 1/2568: รับรองแล้ว' })).toHaveAttribute(
    'href',
    `/reports/${DEADLINE_ID}/5201`,
  );
  const maeMo = within(table).getByRole('row', { name: /แม่เมาะ/ });
  expect(within(maeMo).getAllByRole('cell').map((c) => c.textContent)).toEqual(['ส่งล่าช้า', 'เลยกำหนด ยังไม่ส่ง']);
  expect(screen.getByRole('link', { name: 'ทั่วประเทศ' })).toHaveAttribute('href', '/reports/completeness?fiscalYear=2568');
});
