import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createCenter, createDistrict, createMe, createSubdistrict, page } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CentersRoute } from '../centers-route';

const centers = [
  createCenter(),
  createCenter({
    id: '0b9f3c52-1c3e-4a43-9d55-000000000002',
    name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท',
    subdistrictCode: '520103',
    subdistrict: { code: '520103', nameTh: 'พระบาท', nameEn: 'Phrabat' },
    status: 'SUSPENDED',
  }),
];

function listApi(overrides: Record<string, unknown> = {}) {
  const queries: URLSearchParams[] = [];
  const calls = mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/provinces/52/districts': page([createDistrict()]),
    'GET /api/v1/districts/5201/subdistricts': page([
      createSubdistrict(),
      createSubdistrict({ code: '520103', nameTh: 'พระบาท', nameEn: 'Phrabat' }),
    ]),
    'GET /api/v1/centers': (request: Request) => {
      queries.push(new URL(request.url).searchParams);
      return json({ items: centers, page: 0, size: 20, totalItems: 45, totalPages: 3 });
    },
    ...overrides,
  });
  return { calls, queries, last: () => queries[queries.length - 1]! };
}

test('lists centers with totals, paging and the filters taken from the URL', async () => {
  const api = listApi();

  renderRoute(<CentersRoute />, { path: '/centers', url: '/centers?status=ACTIVE&q=%E0%B9%80%E0%B8%A7%E0%B8%B5%E0%B8%A2%E0%B8%87' });

  const table = await screen.findByRole('table', { name: 'รายชื่อศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  expect(within(table).getByRole('link', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ' })).toHaveAttribute(
    'href',
    '/centers/0b9f3c52-1c3e-4a43-9d55-000000000001',
  );
  expect(within(table).getByText('ระงับชั่วคราว')).toBeInTheDocument();
  expect(within(table).getAllByText('1 มี.ค. 2565')).toHaveLength(2);
  expect(screen.getByText('แสดงลำดับที่ 1–2 จากทั้งหมด 45 ศูนย์')).toBeInTheDocument();
  expect(screen.getByRole('searchbox', { name: 'ค้นหา' })).toHaveValue('เวียง');
  expect(screen.getByRole('combobox', { name: 'สถานะ' })).toHaveValue('ACTIVE');
  expect(api.last().get('q')).toBe('เวียง');
  expect(api.last().get('status')).toBe('ACTIVE');
  expect(api.last().get('page')).toBe('0');
});

test('filters by status and Thai text, and keeps them in the URL', async () => {
  const api = listApi();
  const { router } = renderRoute(<CentersRoute />, { path: '/centers', url: '/centers?page=2' });
  await screen.findByRole('table');

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'สถานะ' }), 'SUSPENDED');
  await waitFor(() => expect(api.last().get('status')).toBe('SUSPENDED'));
  // A new filter starts again from the first page.
  expect(api.last().get('page')).toBe('0');

  await userEvent.type(screen.getByRole('searchbox', { name: 'ค้นหา' }), 'พระบาท');
  await waitFor(() => expect(api.last().get('q')).toBe('พระบาท'), { timeout: 2000 });
  const url = new URLSearchParams(router.state.location.search);
  expect(url.get('q')).toBe('พระบาท');
  expect(url.get('status')).toBe('SUSPENDED');
  expect(url.get('page')).toBeNull();
});

test('filters by sub-district within the district officer’s own district', async () => {
  const api = listApi();
  renderRoute(<CentersRoute />, { path: '/centers' });
  await screen.findByRole('table');

  // A district officer's province and district are fixed.
  expect(screen.getByRole('combobox', { name: 'จังหวัด' })).toBeDisabled();
  expect(screen.getByRole('combobox', { name: 'อำเภอ' })).toBeDisabled();
  const subdistrict = screen.getByRole('combobox', { name: 'ตำบล' });
  await waitFor(() => expect(within(subdistrict).getByRole('option', { name: 'พระบาท' })).toBeInTheDocument());
  await userEvent.selectOptions(subdistrict, '520103');

  await waitFor(() => expect(api.last().get('subdistrictCode')).toBe('520103'));
});

test('sorts by a column and says so to screen readers', async () => {
  const api = listApi();
  renderRoute(<CentersRoute />, { path: '/centers' });
  await screen.findByRole('table');

  await userEvent.click(screen.getByRole('button', { name: 'เรียงตามชื่อศูนย์' }));
  await waitFor(() => expect(api.last().get('sort')).toBe('name'));
  expect(screen.getByRole('columnheader', { name: /ชื่อศูนย์/ })).toHaveAttribute('aria-sort', 'ascending');

  await userEvent.click(screen.getByRole('button', { name: 'เรียงตามชื่อศูนย์' }));
  await waitFor(() => expect(api.last().get('sort')).toBe('-name'));
});

test('moves to another page', async () => {
  const api = listApi();
  renderRoute(<CentersRoute />, { path: '/centers' });
  await screen.findByRole('table');

  await userEvent.click(screen.getByRole('button', { name: 'หน้า 2' }));

  await waitFor(() => expect(api.last().get('page')).toBe('1'));
});

test('offers a new center to an officer', async () => {
  listApi();
  renderRoute(<CentersRoute />, { path: '/centers' });
  expect(await screen.findByRole('link', { name: 'เพิ่มศูนย์ใหม่' })).toHaveAttribute('href', '/centers/new');
});

test('offers no new center to a viewer', async () => {
  listApi({ 'GET /api/v1/me': createMe({ roles: ['VIEWER'], username: 'demo.viewer52' }) });
  renderRoute(<CentersRoute />, { path: '/centers' });
  await screen.findByRole('table');
  expect(screen.queryByRole('link', { name: 'เพิ่มศูนย์ใหม่' })).not.toBeInTheDocument();
});
