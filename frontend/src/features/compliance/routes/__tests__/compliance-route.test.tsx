import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { ComplianceRow } from '@/features/compliance/api/get-compliance';
import {
  createCompliance,
  createCoverage,
  createFiscalYear,
  createMe,
  createProvince,
  figures,
} from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { ComplianceRoute } from '../compliance-route';

// jsdom cannot lay out charts; the charts' own contract is the rows they draw.
vi.mock('../../components/compliance-charts', () => ({
  default: ({ rows }: { rows: unknown[] }) => (
    <div role="img" aria-label="แผนภูมิ">
      {rows.length}
    </div>
  ),
}));

const CURRENT = { fiscalYear: 2568, quarter: 1, startsOn: '2024-10-01', endsOn: '2024-12-31', labelTh: 'ไตรมาส 1/2568', labelEn: 'Q1 FY2568' };

function dashboardApi(me = createMe(), overrides: Record<string, unknown> = {}) {
  const compliance: URLSearchParams[] = [];
  const coverage: URLSearchParams[] = [];
  mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/fiscal-calendar': CURRENT,
    'GET /api/v1/fiscal-years': [createFiscalYear(2567), createFiscalYear(2568)],
    'GET /api/v1/compliance': (request: Request) => {
      compliance.push(new URL(request.url).searchParams);
      return json(createCompliance());
    },
    'GET /api/v1/coverage': (request: Request) => {
      coverage.push(new URL(request.url).searchParams);
      return json(createCoverage());
    },
    ...overrides,
  });
  return { compliance, coverage, lastCompliance: () => compliance[compliance.length - 1]! };
}

test('opens on the current quarter with the key figures, the centers and those without activities', async () => {
  const api = dashboardApi();
  renderRoute(<ComplianceRoute />, { path: '/compliance' });

  const kpis = await screen.findByRole('region', { name: 'ตัวชี้วัดสรุป' });
  expect(within(kpis).getByText('ศูนย์ที่ดำเนินการ').nextSibling).toHaveTextContent('2');
  expect(within(kpis).getByText('ศูนย์ที่จัดกิจกรรมแล้ว').nextSibling).toHaveTextContent('1');
  expect(within(kpis).getByText('ร้อยละที่ผ่านเกณฑ์').nextSibling).toHaveTextContent('50%');
  expect(api.lastCompliance().get('fiscalYear')).toBe('2568');
  expect(api.lastCompliance().get('quarter')).toBe('1');
  expect(api.lastCompliance().get('areaCode')).toBeNull();
  expect(screen.getByRole('combobox', { name: 'ไตรมาส' })).toHaveValue('1');

  const table = screen.getByRole('table', { name: 'ผลการดำเนินงานแยกตามศูนย์ ไตรมาส 1/2568' });
  const done = within(table).getByRole('row', { name: /ตำบลเวียงเหนือ/ });
  expect(within(done).getByText('✓ จัดกิจกรรมแล้ว')).toBeInTheDocument();
  expect(within(done).getByRole('link')).toHaveAttribute('href', '/centers/0b9f3c52-1c3e-4a43-9d55-000000000001');
  expect(within(within(table).getByRole('row', { name: /ตำบลพระบาท/ })).getByText('✗ ยังไม่มีกิจกรรม')).toBeInTheDocument();
  expect(await screen.findByRole('img', { name: 'แผนภูมิ' })).toHaveTextContent('2');

  const missing = screen.getByRole('region', { name: 'ศูนย์ที่ยังไม่มีกิจกรรม (1)' });
  expect(within(missing).getAllByRole('link').map((a) => a.textContent)).toEqual(['ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท']);
  expect(within(missing).getByRole('link')).toHaveAttribute('href', '/centers/0b9f3c52-1c3e-4a43-9d55-000000000002');
});

test('marks the types never held in the coverage matrix in words, not by colour alone', async () => {
  dashboardApi();
  renderRoute(<ComplianceRoute />, { path: '/compliance' });

  const matrix = await screen.findByRole('table', { name: /จำนวนกิจกรรมแต่ละประเภทในปีงบประมาณ 2568/ });
  const groups = within(matrix).getAllByRole('columnheader').filter((h) => h.getAttribute('scope') === 'colgroup');
  expect(groups.map((g) => g.textContent)).toEqual([
    '3.1 ภารกิจ ๙ จุดหมายต้นสาย ปลายป่าน และ ๑ จุดหมายปลายทาง',
    '3.2 การพัฒนาและช่วยเหลือตามมิติ',
    '3.3 จิตอาสาในวันสำคัญของชาติ',
  ]);
  expect(groups.map((g) => g.getAttribute('colspan'))).toEqual(['10', '5', '3']);

  const row = within(matrix).getByRole('row', { name: /ตำบลเวียงเหนือ/ });
  const cells = within(row).getAllByRole('cell');
  expect(cells).toHaveLength(18);
  expect(cells[0]).toHaveTextContent('2');
  expect(cells[0]).not.toHaveAttribute('data-never');
  expect(cells[1]).toHaveAttribute('data-never', 'true');
  expect(cells[1]).toHaveTextContent('ยังไม่เคยจัด');
  expect(within(row).getAllByText('ยังไม่เคยจัด')).toHaveLength(16);

  const never = screen.getByRole('region', { name: 'ประเภทที่ยังไม่เคยจัดในปีงบประมาณนี้ (16)' });
  expect(within(never).getAllByRole('listitem')).toHaveLength(16);
  expect(within(never).getByText('ธนาคารแบ่งปันแรงงาน')).toBeInTheDocument();
  expect(within(never).queryByText('สุขภาพ')).not.toBeInTheDocument();
});

test('drills down from a province to its districts, keeping the period in the links', async () => {
  const province = createMe({
    roles: ['PROVINCE_OFFICER'],
    area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
  });
  const district = (code: string, nameTh: string, centers: number, compliant: number): ComplianceRow => ({
    area: { level: 'DISTRICT', code, nameTh, nameEn: nameTh },
    figures: figures(centers, compliant),
  });
  const plansAsked: string[] = [];
  dashboardApi(province, {
    'GET /api/v1/provinces/52': createProvince(),
    'GET /api/v1/compliance': (request: Request) => {
      const areaCode = new URL(request.url).searchParams.get('areaCode');
      return json(
        areaCode === '5201'
          ? createCompliance()
          : createCompliance({
              area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
              totals: figures(5, 3),
              rows: [district('5201', 'เมืองลำปาง', 2, 1), district('5202', 'แม่เมาะ', 3, 2)],
              nonCompliant: [],
            }),
      );
    },
    'GET /api/v1/plans/summary': (request: Request) => {
      plansAsked.push(new URL(request.url).search);
      const row = (code: string, planRate: number, doneRate: number) => ({
        area: { code, nameTh: code, nameEn: code }, centers: 2, plans: 1, confirmed: 1, planRate, lines: 4, done: 3, doneRate,
      });
      return json({ fiscalYear: 2568, area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' }, rows: [row('5201', 0.5, 0.75)], totals: row('52', 0.5, 0.75) });
    },
  });
  const { router } = renderRoute(<ComplianceRoute />, { path: '/compliance', url: '/compliance?fiscalYear=2568&quarter=1' });

  const table = await screen.findByRole('table', { name: 'ผลการดำเนินงานแยกตามพื้นที่ ไตรมาส 1/2568' });
  const mueang = within(table).getByRole('row', { name: /เมืองลำปาง/ });
  expect(within(mueang).getAllByRole('cell').slice(0, 4).map((c) => c.textContent)).toEqual(['2', '1', '1', '50%']);
  // The year's driving plans of each district stand beside what it held; a district without a plan row shows a dash.
  await waitFor(() => expect(within(mueang).getAllByRole('cell').at(-1)).toHaveTextContent('มีแผน 50% · ทำตามแผน 75%'));
  expect(within(within(table).getByRole('row', { name: /แม่เมาะ/ })).getAllByRole('cell').at(-1)).toHaveTextContent('–');
  expect(plansAsked[0]).toBe('?fiscalYear=2568');

  await userEvent.click(within(mueang).getByRole('link', { name: 'ดูผลของเมืองลำปาง' }));

  await waitFor(() => expect(router.state.location.search).toBe('?areaCode=5201&fiscalYear=2568&quarter=1'));
  const crumbs = await screen.findByRole('navigation', { name: 'ตำแหน่งปัจจุบัน' });
  await waitFor(() => expect(within(crumbs).getByRole('link', { name: 'ลำปาง' })).toHaveAttribute('href', '/compliance?fiscalYear=2568&quarter=1'));
  expect(within(crumbs).getByText('เมืองลำปาง')).toHaveAttribute('aria-current', 'page');
  expect(await screen.findByRole('table', { name: /แยกตามศูนย์/ })).toBeInTheDocument();
});

test('switches to the whole year and another fiscal year through the URL', async () => {
  const api = dashboardApi();
  const { router } = renderRoute(<ComplianceRoute />, { path: '/compliance' });
  await screen.findByRole('table', { name: /แยกตามศูนย์/ });
  await waitFor(() => expect(screen.getByRole('option', { name: 'ปีงบประมาณ 2567' })).toBeInTheDocument());

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ไตรมาส' }), '');
  await waitFor(() => expect(api.lastCompliance().get('quarter')).toBeNull());
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ปีงบประมาณ' }), '2567');

  await waitFor(() => expect(api.lastCompliance().get('fiscalYear')).toBe('2567'));
  expect(new URLSearchParams(router.state.location.search).get('quarter')).toBe('all');
  expect(api.coverage[api.coverage.length - 1]!.get('fiscalYear')).toBe('2567');
});
