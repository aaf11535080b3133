import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createActivity, createDistrict, createFiscalYear, createMe, createSubdistrict, page } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { ActivitiesRoute } from '../activities-route';

const activities = [
  createActivity(),
  createActivity({
    id: '5b0c7d1e-2f4a-4a8e-9a51-000000000002',
    title: 'จิตอาสาพัฒนาวันพ่อ',
    heldOn: '2024-12-05',
    category: 'NATIONAL_DAY',
    type: 'DEVELOPMENT_VOLUNTEER',
    photoCount: 0,
    outsideOperationPeriod: true,
  }),
];

function listApi(me = createMe()) {
  const queries: URLSearchParams[] = [];
  mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/fiscal-years': [createFiscalYear(2568), createFiscalYear(2569)],
    'GET /api/v1/provinces/52/districts': page([createDistrict()]),
    'GET /api/v1/districts/5201/subdistricts': page([createSubdistrict()]),
    'GET /api/v1/centers': page([]),
    'GET /api/v1/activities': (request: Request) => {
      queries.push(new URL(request.url).searchParams);
      return json({ items: activities, page: 0, size: 20, totalItems: 32, totalPages: 2 });
    },
  });
  return { queries, last: () => queries[queries.length - 1]! };
}

test('lists activities with Buddhist-era dates, quarters and photo counts, filtered from the URL', async () => {
  const api = listApi();
  renderRoute(<ActivitiesRoute />, { path: '/activities', url: '/activities?fiscalYear=2568&quarter=1&category=MISSION' });

  const table = await screen.findByRole('table', { name: 'รายการกิจกรรมของศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  const first = within(table).getByRole('row', { name: /ปลูกผักสวนครัวรั้วกินได้/ });
  expect(within(first).getByRole('link', { name: 'ปลูกผักสวนครัวรั้วกินได้' })).toHaveAttribute(
    'href',
    '/activities/5b0c7d1e-2f4a-4a8e-9a51-000000000001',
  );
  expect(within(first).getByText('5 ธ.ค. 2567')).toBeInTheDocument();
  expect(within(first).getByText('ไตรมาส 1/2568')).toBeInTheDocument();
  expect(within(first).getByText('3.1 ๙ จุดหมาย')).toBeInTheDocument();
  expect(within(first).getByText('ตู้เย็นตู้ยารอบบ้าน')).toBeInTheDocument();
  // Participants in total, then photos.
  expect(within(first).getAllByRole('cell').slice(-2).map((c) => c.textContent)).toEqual(['81', '2']);
  const second = within(table).getByRole('row', { name: /จิตอาสาพัฒนาวันพ่อ/ });
  expect(within(second).getByText('นอกช่วงดำเนินงาน')).toBeInTheDocument();
  expect(screen.getByText('แสดงลำดับที่ 1–2 จากทั้งหมด 32 กิจกรรม')).toBeInTheDocument();

  expect(api.last().get('fiscalYear')).toBe('2568');
  expect(api.last().get('quarter')).toBe('1');
  expect(api.last().get('category')).toBe('MISSION');
  expect(api.last().get('page')).toBe('0');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'ปีงบประมาณ' })).toHaveValue('2568'));
  expect(screen.getByRole('combobox', { name: 'ไตรมาส' })).toHaveValue('1');
});

test('filters by mission and keeps the filters in the URL', async () => {
  const api = listApi();
  const { router } = renderRoute(<ActivitiesRoute />, { path: '/activities', url: '/activities?page=2' });
  await screen.findByRole('table');

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'กิจกรรม' }), 'WASTE_FOR_GOLD');

  await waitFor(() => expect(api.last().get('type')).toBe('WASTE_FOR_GOLD'));
  // The mission's category follows, and a new filter starts from the first page.
  expect(api.last().get('category')).toBe('MISSION');
  expect(api.last().get('page')).toBe('0');
  const url = new URLSearchParams(router.state.location.search);
  expect(url.get('type')).toBe('WASTE_FOR_GOLD');
  expect(url.get('page')).toBeNull();

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ตำบล' }), '520101');
  await waitFor(() => expect(api.last().get('subdistrictCode')).toBe('520101'));
});

test('offers recording an activity to an officer but not to a viewer', async () => {
  listApi();
  const { unmount } = renderRoute(<ActivitiesRoute />, { path: '/activities' });
  expect(await screen.findByRole('link', { name: 'บันทึกกิจกรรม' })).toHaveAttribute('href', '/activities/new');
  unmount();

  listApi(createMe({ roles: ['VIEWER'] }));
  renderRoute(<ActivitiesRoute />, { path: '/activities' });
  await screen.findByRole('table');
  expect(screen.queryByRole('link', { name: 'บันทึกกิจกรรม' })).not.toBeInTheDocument();
});
