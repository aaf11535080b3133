import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createDistrict, createProvince, page } from '@/testing/data-generators';
import { mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { DistrictsRoute } from '../districts-route';

test('shows the districts of a province with a count and breadcrumbs', async () => {
  mockApi({
    'GET /api/v1/provinces/52': createProvince(),
    'GET /api/v1/provinces/52/districts': page([
      createDistrict(),
      createDistrict({ code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' }),
    ]),
  });

  renderRoute(<DistrictsRoute />, { path: '/geo/:provinceCode', url: '/geo/52' });

  expect(await screen.findByRole('heading', { name: 'จังหวัดลำปาง' })).toBeInTheDocument();
  expect(screen.getByText('2 อำเภอ')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'รายชื่ออำเภอในจังหวัดลำปาง' });
  expect(within(table).getByRole('link', { name: 'เมืองลำปาง' })).toHaveAttribute('href', '/geo/52/5201');
  const breadcrumbs = screen.getByRole('navigation', { name: 'ตำแหน่งปัจจุบัน' });
  expect(within(breadcrumbs).getByRole('link', { name: 'ประเทศไทย' })).toHaveAttribute('href', '/geo');
});

test('explains an unknown province', async () => {
  mockApi({ 'GET /api/v1/provinces/99': () => problem(404, 'geo.not-found') });

  renderRoute(<DistrictsRoute />, { path: '/geo/:provinceCode', url: '/geo/99' });

  expect(await screen.findByRole('alert')).toHaveTextContent('ไม่พบพื้นที่ตามรหัสที่ระบุ');
});
