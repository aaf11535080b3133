import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createProvince, page } from '@/testing/data-generators';
import { mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { ProvincesRoute } from '../provinces-route';

const provinces = [
  createProvince(),
  createProvince({ code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai', districtCount: 25, subdistrictCount: 204 }),
];

test('lists provinces with names in both languages and counts', async () => {
  mockApi({ 'GET /api/v1/provinces': page(provinces) });

  renderRoute(<ProvincesRoute />, { path: '/geo' });

  const table = await screen.findByRole('table', { name: 'รายชื่อจังหวัด พร้อมจำนวนอำเภอและตำบล' });
  const lampang = within(table).getByRole('row', { name: /ลำปาง/ });
  expect(within(lampang).getByRole('link', { name: 'ลำปาง' })).toHaveAttribute('href', '/geo/52');
  expect(within(lampang).getByText('Lampang')).toHaveAttribute('lang', 'en');
  expect(within(lampang).getByRole('cell', { name: '13' })).toBeInTheDocument();
  expect(within(table).getAllByRole('row')).toHaveLength(3);
  expect(screen.getByText('2 จังหวัด')).toBeInTheDocument();
});

test('filters provinces by name in either language', async () => {
  mockApi({ 'GET /api/v1/provinces': page(provinces) });
  renderRoute(<ProvincesRoute />, { path: '/geo' });
  await screen.findByRole('table');

  await userEvent.type(screen.getByRole('searchbox', { name: 'ค้นหาจังหวัด' }), 'chiang');

  expect(screen.getByRole('link', { name: 'เชียงใหม่' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'ลำปาง' })).not.toBeInTheDocument();
});

test('shows a translated problem when loading fails', async () => {
  mockApi({ 'GET /api/v1/provinces': () => problem(403, 'auth.forbidden') });

  renderRoute(<ProvincesRoute />, { path: '/geo' });

  expect(await screen.findByRole('alert')).toHaveTextContent('คุณไม่มีสิทธิ์เข้าถึงข้อมูลนี้');
});
