import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createDistrict, createMe, createProvince, createSubdistrict, page } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { AreaSelects, type AreaValue } from '../area-selects';

const NATIONAL = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});

function geoApi(me = createMe()) {
  mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/provinces': page([createProvince(), createProvince({ code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' })]),
    'GET /api/v1/provinces/52/districts': page([createDistrict()]),
    'GET /api/v1/districts/5201/subdistricts': page([createSubdistrict()]),
  });
}

function Selects({ depth }: { depth?: 'district' | 'subdistrict' }) {
  const [value, setValue] = useState<AreaValue>({ provinceCode: '', districtCode: '', subdistrictCode: '' });
  return (
    <>
      <AreaSelects value={value} onChange={setValue} depth={depth} emptyLabel="ทั้งหมด" />
      <output>{JSON.stringify(value)}</output>
    </>
  );
}

const renderSelects = (depth?: 'district' | 'subdistrict') =>
  render(
    <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Selects depth={depth} />
    </AppProvider>,
  );

test('lets a national user go from province to district to sub-district', async () => {
  geoApi(NATIONAL);
  renderSelects();

  const province = screen.getByRole('combobox', { name: 'จังหวัด' });
  await screen.findByRole('option', { name: 'เชียงใหม่' });
  expect(screen.getByRole('combobox', { name: 'อำเภอ' })).toBeDisabled();

  await userEvent.selectOptions(province, '52');
  await screen.findByRole('option', { name: 'เมืองลำปาง' });
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'อำเภอ' }), '5201');
  await screen.findByRole('option', { name: 'เวียงเหนือ' });
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ตำบล' }), '520101');

  expect(screen.getByRole('status')).toHaveTextContent(
    JSON.stringify({ provinceCode: '52', districtCode: '5201', subdistrictCode: '520101' }),
  );
});

test('fixes a district officer’s province and district, and can stop at the district', async () => {
  geoApi();
  renderSelects('district');

  await waitFor(() => expect(screen.getByRole('combobox', { name: 'อำเภอ' })).toHaveValue('5201'));
  expect(screen.getByRole('combobox', { name: 'จังหวัด' })).toBeDisabled();
  expect(screen.getByRole('combobox', { name: 'จังหวัด' })).toHaveValue('52');
  expect(screen.getByRole('combobox', { name: 'อำเภอ' })).toBeDisabled();
  expect(screen.queryByRole('combobox', { name: 'ตำบล' })).not.toBeInTheDocument();
});
