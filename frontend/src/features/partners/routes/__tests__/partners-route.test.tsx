import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createPartner } from '../../testing/data-generators';
import { PartnersRoute } from '../partners-route';

const partners = [
  createPartner(),
  createPartner({
    id: '9a1b2c3d-0000-4000-8000-000000000002',
    name: 'โรงเรียนบ้านป่าขาม',
    sector: 'EDUCATION',
    kind: 'โรงเรียน',
    areaCode: '52',
    area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    contactPerson: undefined,
    contactPhone: undefined,
  }),
];

function listApi(overrides: Record<string, unknown> = {}) {
  const queries: URLSearchParams[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/partners': (request: Request) => {
      queries.push(new URL(request.url).searchParams);
      return json({ items: partners, page: 0, size: 20, totalItems: 45, totalPages: 3 });
    },
    ...overrides,
  });
  return { queries, last: () => queries[queries.length - 1]! };
}

test('lists partners with the sector, Thai text and area taken from the URL', async () => {
  const api = listApi();

  renderRoute(<PartnersRoute />, {
    path: '/partners',
    url: `/partners?sector=RELIGION&q=${encodeURIComponent('วัด')}&areaCode=5201&page=2`,
  });

  const table = await screen.findByRole('table', { name: 'รายชื่อภาคีเครือข่าย' });
  expect(within(table).getByRole('link', { name: 'วัดพระธาตุลำปางหลวง' })).toHaveAttribute(
    'href',
    '/partners/9a1b2c3d-0000-4000-8000-000000000001',
  );
  expect(within(table).getByText('อ.เมืองลำปาง')).toBeInTheDocument();
  expect(within(table).getByText('จ.ลำปาง (ทั้งจังหวัด)')).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'ภาคศาสนา' })).toBeChecked();
  expect(screen.getByRole('searchbox', { name: 'ค้นหา' })).toHaveValue('วัด');
  expect(api.last().get('sector')).toBe('RELIGION');
  expect(api.last().get('q')).toBe('วัด');
  expect(api.last().get('areaCode')).toBe('5201');
  expect(api.last().get('page')).toBe('1');
});

test('filters by sector chip and Thai text, and keeps both in the URL', async () => {
  const api = listApi();
  const { router } = renderRoute(<PartnersRoute />, { path: '/partners', url: '/partners?page=2' });
  await screen.findByRole('table');
  expect(screen.getByRole('radio', { name: 'ทุกภาคส่วน' })).toBeChecked();

  await userEvent.click(screen.getByRole('radio', { name: 'ภาคสถาบันการศึกษา' }));
  await waitFor(() => expect(api.last().get('sector')).toBe('EDUCATION'));
  // A new filter starts again from the first page.
  expect(api.last().get('page')).toBe('0');

  await userEvent.type(screen.getByRole('searchbox', { name: 'ค้นหา' }), 'โรงเรียน');
  await waitFor(() => expect(api.last().get('q')).toBe('โรงเรียน'), { timeout: 2000 });
  const url = new URLSearchParams(router.state.location.search);
  expect(url.get('sector')).toBe('EDUCATION');
  expect(url.get('q')).toBe('โรงเรียน');
  expect(url.get('page')).toBeNull();

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'สถานะ' }), 'true');
  await waitFor(() => expect(api.last().get('active')).toBe('true'));
  expect(new URLSearchParams(router.state.location.search).get('active')).toBe('true');

  await userEvent.click(screen.getByRole('radio', { name: 'ทุกภาคส่วน' }));
  await waitFor(() => expect(api.last().get('sector')).toBeNull());
}, 15_000);

test('moves to another page and sorts by a column', async () => {
  const api = listApi();
  const { router } = renderRoute(<PartnersRoute />, { path: '/partners' });
  await screen.findByRole('table');

  await userEvent.click(screen.getByRole('button', { name: 'หน้า 2' }));
  await waitFor(() => expect(api.last().get('page')).toBe('1'));
  expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');

  await userEvent.click(screen.getByRole('button', { name: 'เรียงตามภาคส่วน' }));
  await waitFor(() => expect(api.last().get('sort')).toBe('sector'));
});

test('offers a new partner to an officer but not to a viewer', async () => {
  listApi();
  const first = renderRoute(<PartnersRoute />, { path: '/partners' });
  expect(await screen.findByRole('link', { name: 'เพิ่มภาคีเครือข่าย' })).toHaveAttribute('href', '/partners/new');
  expect(screen.getByRole('link', { name: 'ความครอบคลุม ๗ ภาคี' })).toHaveAttribute('href', '/partners/coverage');
  first.unmount();

  listApi({ 'GET /api/v1/me': createMe({ roles: ['VIEWER'], username: 'demo.viewer52' }) });
  renderRoute(<PartnersRoute />, { path: '/partners' });
  await screen.findByRole('table');
  expect(screen.queryByRole('link', { name: 'เพิ่มภาคีเครือข่าย' })).not.toBeInTheDocument();
});
