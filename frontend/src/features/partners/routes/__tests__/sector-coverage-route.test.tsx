import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createFiscalYear, createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createSectorCoverage } from '../../testing/data-generators';
import { SectorCoverageRoute } from '../sector-coverage-route';

// jsdom cannot lay out charts; the figures they draw are in the table beside them.
vi.mock('../../components/sector-charts', () => ({
  default: () => <div role="img" aria-label="แผนภูมิ" />,
}));

const CURRENT = { fiscalYear: 2568, quarter: 1, startsOn: '2024-10-01', endsOn: '2024-12-31', labelTh: 'ไตรมาส 1/2568', labelEn: 'Q1 FY2568' };
const SECTOR_HEADERS = ['ภาครัฐ', 'ภาคศาสนา', 'ภาคสถาบันการศึกษา', 'ภาคเอกชน', 'ภาคประชาชน', 'ภาคประชาสังคม', 'ภาคสื่อมวลชน'];

function coverageApi(me = createMe(), coverage = createSectorCoverage()) {
  const queries: URLSearchParams[] = [];
  mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/fiscal-calendar': CURRENT,
    'GET /api/v1/fiscal-years': [createFiscalYear(2567), createFiscalYear(2568)],
    'GET /api/v1/provinces/52': { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang', districtCount: 13, subdistrictCount: 100 },
    'GET /api/v1/sector-coverage': (request: Request) => {
      queries.push(new URL(request.url).searchParams);
      return json(coverage);
    },
  });
  return { queries, last: () => queries[queries.length - 1]! };
}

/** The marks of a row, in sector order, as a screen reader reads them. */
function marks(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .slice(0, 7)
    .map((cell) => cell.textContent);
}

test('marks the sectors of each center in words and flags centers below the minimum', async () => {
  const api = coverageApi();
  renderRoute(<SectorCoverageRoute />, { path: '/partners/coverage', url: '/partners/coverage?areaCode=5201' });

  const matrix = await screen.findByRole('table', { name: 'ภาคส่วนที่สนับสนุนแต่ละศูนย์ ปีงบประมาณ 2568' });
  const headers = within(matrix).getAllByRole('columnheader').map((th) => th.textContent);
  expect(headers.slice(1, 8)).toEqual(SECTOR_HEADERS);

  const wiangNuea = within(matrix).getByRole('row', { name: /ตำบลเวียงเหนือ/ });
  expect(marks(wiangNuea)).toEqual(['✓มี', '✓มี', '✓มี', '–ไม่มี', '–ไม่มี', '–ไม่มี', '–ไม่มี']);
  expect(within(wiangNuea).queryByText('ต่ำกว่าเกณฑ์')).not.toBeInTheDocument();

  const phrabat = within(matrix).getByRole('row', { name: /ตำบลพระบาท/ });
  expect(marks(phrabat)).toEqual(['–ไม่มี', '✓มี', '–ไม่มี', '–ไม่มี', '–ไม่มี', '–ไม่มี', '–ไม่มี']);
  expect(within(phrabat).getByText('ต่ำกว่าเกณฑ์')).toBeInTheDocument();
  expect(within(phrabat).getByRole('link', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท' })).toHaveAttribute(
    'href',
    '/centers/0b9f3c52-1c3e-4a43-9d55-000000000002',
  );

  const kpis = screen.getByRole('region', { name: 'ตัวชี้วัดสรุป' });
  expect(within(kpis).getByText('ศูนย์ที่มีภาคีน้อยกว่า 3 ภาคส่วน').nextSibling).toHaveTextContent('1');
  expect(within(kpis).getByText('ภาคีเครือข่ายที่สนับสนุน').nextSibling).toHaveTextContent('4');
  expect(within(kpis).getByText('งบประมาณจากภาคีเครือข่าย').nextSibling).toHaveTextContent('฿6,500.50');

  const figures = screen.getByRole('table', { name: /แยกตามภาคส่วน ปีงบประมาณ 2568/ });
  expect(within(within(figures).getByRole('row', { name: /ภาคศาสนา/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual([
    '2',
    '2',
    '฿1,500.50',
  ]);
  const below = screen.getByRole('region', { name: /ศูนย์ที่มีภาคีน้อยกว่า 3 ภาคส่วน \(1 ศูนย์\)/ });
  expect(within(below).getByRole('link', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท' })).toBeInTheDocument();

  expect(api.last().get('areaCode')).toBe('5201');
  expect(api.last().get('fiscalYear')).toBe('2568');
  expect(api.last().get('minSectors')).toBe('3');
});

test('keeps the fiscal year and minimum in the URL', async () => {
  const api = coverageApi();
  const { router } = renderRoute(<SectorCoverageRoute />, { path: '/partners/coverage' });
  await screen.findByRole('table', { name: /ภาคส่วนที่สนับสนุนแต่ละศูนย์/ });

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'เกณฑ์จำนวนภาคส่วนขั้นต่ำต่อศูนย์' }), '2');
  await waitFor(() => expect(api.last().get('minSectors')).toBe('2'));
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ปีงบประมาณ' }), '2567');
  await waitFor(() => expect(api.last().get('fiscalYear')).toBe('2567'));

  const url = new URLSearchParams(router.state.location.search);
  expect(url.get('minSectors')).toBe('2');
  expect(url.get('fiscalYear')).toBe('2567');
});

test('shows a province by district, each drilling down to its centers', async () => {
  const province = createSectorCoverage({
    area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    belowMinimum: undefined,
    rows: [
      {
        area: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
        sectors: ['GOVERNMENT', 'RELIGION', 'EDUCATION'],
        sectorCount: 3,
        centers: 2,
        centersBelowMinimum: 1,
      },
      {
        area: { code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' },
        sectors: [],
        sectorCount: 0,
        centers: 1,
        centersBelowMinimum: 1,
      },
    ],
  });
  coverageApi(
    createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    province,
  );
  renderRoute(<SectorCoverageRoute />, { path: '/partners/coverage' });

  const matrix = await screen.findByRole('table', { name: 'ภาคส่วนที่สนับสนุนศูนย์ในแต่ละพื้นที่ ปีงบประมาณ 2568' });
  const maeMo = within(matrix).getByRole('row', { name: /แม่เมาะ/ });
  expect(marks(maeMo)).toEqual(Array(7).fill('–ไม่มี'));
  expect(within(matrix).getByRole('link', { name: 'ดูรายละเอียดของเมืองลำปาง' })).toHaveAttribute(
    'href',
    '/partners/coverage?areaCode=5201&fiscalYear=2568',
  );
  expect(screen.queryByRole('region', { name: /ศูนย์ที่มีภาคีน้อยกว่า 3 ภาคส่วน \(/ })).not.toBeInTheDocument();
});
