import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { setAccessTokenProvider } from '@/lib/api-client';
import { createDistrict, createLocationReport, createMe, createReportDistrict, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { LocationReportPrintRoute } from '../location-report-print-route';
import { LocationReportRoute } from '../location-report-route';

const provinceOfficer = createMe({
  username: 'demo.province52',
  roles: ['PROVINCE_OFFICER'],
  area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
});

test('flags sub-districts without a center and shows each district’s operating point', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/center-location-report': createLocationReport({
      districts: [createReportDistrict({ operatingPoint: { centerId: 'c1', centerName: 'ศูนย์ตำบลเวียงเหนือ' } })],
    }),
  });

  renderRoute(<LocationReportRoute />, { path: '/centers/location-report' });

  const district = await screen.findByRole('region', { name: 'อำเภอเมืองลำปาง' });
  const table = within(district).getByRole('table', { name: 'ศูนย์รายตำบลในอำเภอเมืองลำปาง' });
  const without = within(table).getByRole('row', { name: /หัวเวียง/ });
  expect(within(without).getByText('ยังไม่มีศูนย์')).toBeInTheDocument();
  const withCenter = within(table).getByRole('row', { name: /เวียงเหนือ/ });
  expect(within(withCenter).queryByText('ยังไม่มีศูนย์')).not.toBeInTheDocument();
  expect(within(district).getByText('ศูนย์ตำบลเวียงเหนือ')).toBeInTheDocument();
  expect(screen.getByText('ตำบลที่ยังไม่มีศูนย์').nextSibling).toHaveTextContent('1');
  expect(within(district).getByRole('button', { name: 'เปลี่ยนจุดดำเนินการ' })).toBeInTheDocument();
});

test('asks for the report of the district chosen, within the province', async () => {
  const areas: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    'GET /api/v1/provinces/52/districts': page([createDistrict(), createDistrict({ code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' })]),
    'GET /api/v1/center-location-report': (request: Request) => {
      areas.push(new URL(request.url).searchParams.get('areaCode'));
      return json(createLocationReport());
    },
  });
  const { router } = renderRoute(<LocationReportRoute />, { path: '/centers/location-report' });
  await screen.findByRole('region', { name: 'อำเภอเมืองลำปาง' });

  expect(screen.getByRole('combobox', { name: 'จังหวัด' })).toBeDisabled();
  const district = screen.getByRole('combobox', { name: 'อำเภอ' });
  await waitFor(() => expect(within(district).getByRole('option', { name: 'แม่เมาะ' })).toBeInTheDocument());
  await userEvent.selectOptions(district, '5202');

  await waitFor(() => expect(areas).toContain('5202'));
  expect(areas[0]).toBeNull();
  expect(router.state.location.search).toBe('?areaCode=5202');
});

test('downloads the workbook with the token, as a file', async () => {
  const createObjectURL = vi.fn(() => 'blob:report');
  const revokeObjectURL = vi.fn();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  setAccessTokenProvider(async () => 'token-1');
  let authorization: string | null = null;
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/center-location-report': createLocationReport(),
    'GET /api/v1/center-location-report.xlsx': (request: Request) => {
      authorization = request.headers.get('Authorization');
      return new Response(new Blob(['xlsx']), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': 'attachment; filename="center-locations-5201.xlsx"',
        },
      });
    },
  });
  renderRoute(<LocationReportRoute />, { path: '/centers/location-report', url: '/centers/location-report?areaCode=5201' });

  await userEvent.click(await screen.findByRole('button', { name: 'ดาวน์โหลด Excel' }));

  await waitFor(() => expect(click).toHaveBeenCalled());
  setAccessTokenProvider(async () => undefined);
  expect(authorization).toBe('Bearer token-1');
  const [blob] = createObjectURL.mock.calls[0] as unknown as [Blob];
  expect(blob.type).toContain('spreadsheetml');
  const link = click.mock.contexts[0] as HTMLAnchorElement;
  expect(link.download).toBe('center-locations-5201.xlsx');
  expect(link.href).toBe('blob:report');
});

test('explains a report area outside the user’s area', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/center-location-report': () => problem(404, 'geo.not-found'),
  });
  renderRoute(<LocationReportRoute />, { path: '/centers/location-report', url: '/centers/location-report?areaCode=50' });
  expect(await screen.findByRole('alert')).toHaveTextContent('ไม่พบพื้นที่ตามรหัสที่ระบุ');
});

test('prints the Thai form with a Buddhist-era date, in Thai digits on request', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), 'GET /api/v1/center-location-report': createLocationReport() });
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  renderRoute(<LocationReportPrintRoute />, { path: '/centers/location-report/print' });

  const form = await screen.findByRole('article', { name: 'แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  expect(within(form).getByRole('heading', { name: 'แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' })).toBeInTheDocument();
  expect(within(form).getByText(/พื้นที่ เมืองลำปาง/)).toBeInTheDocument();
  expect(within(form).getByText(/ข้อมูล ณ วันที่ 25 พฤศจิกายน 2569/)).toBeInTheDocument();
  expect(within(form).getByText('ยังไม่มีศูนย์')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('switch', { name: 'ใช้เลขไทย' }));
  expect(within(form).getByText(/ข้อมูล ณ วันที่ ๒๕ พฤศจิกายน ๒๕๖๙/)).toBeInTheDocument();
  expect(within(form).getByText('หมู่ที่ ๓ บ้านป่าขาม')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'พิมพ์' }));
  expect(print).toHaveBeenCalled();
});

test('sets a district’s first operating point without If-Match, and replaces it with one', async () => {
  const puts: { ifMatch: string | null; body: unknown }[] = [];
  let point: Record<string, unknown> | null = null;
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/center-location-report': () => json(createLocationReport()),
    'GET /api/v1/districts/5201/operating-point': () =>
      point ? json(point) : problem(404, 'center.operating-point.not-set'),
    'PUT /api/v1/districts/5201/operating-point': async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      point = { districtCode: '5201', version: puts.length, ...body };
      return json(point);
    },
  });
  renderRoute(<LocationReportRoute />, { path: '/centers/location-report' });
  const district = await screen.findByRole('region', { name: 'อำเภอเมืองลำปาง' });

  await userEvent.click(within(district).getByRole('button', { name: 'กำหนดจุดดำเนินการ' }));
  let dialog = await screen.findByRole('dialog', { name: 'จุดดำเนินการของอำเภอเมืองลำปาง' });
  await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: 'ศูนย์' }), '0b9f3c52-1c3e-4a43-9d55-000000000001');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  await userEvent.click(within(district).getByRole('button', { name: 'กำหนดจุดดำเนินการ' }));
  dialog = await screen.findByRole('dialog', { name: 'จุดดำเนินการของอำเภอเมืองลำปาง' });
  await userEvent.click(await within(dialog).findByText('สถานที่อื่น'));
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'ที่อยู่ของจุดดำเนินการ' }), 'ที่ว่าการอำเภอเมืองลำปาง');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  expect(puts).toEqual([
    { ifMatch: null, body: { centerId: '0b9f3c52-1c3e-4a43-9d55-000000000001' } },
    { ifMatch: '"1"', body: { address: 'ที่ว่าการอำเภอเมืองลำปาง' } },
  ]);
});

test('hides the operating-point editor from a viewer', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['VIEWER'] }),
    'GET /api/v1/center-location-report': createLocationReport(),
  });
  renderRoute(<LocationReportRoute />, { path: '/centers/location-report' });
  const district = await screen.findByRole('region', { name: 'อำเภอเมืองลำปาง' });
  expect(within(district).queryByRole('button', { name: /จุดดำเนินการ/ })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'ดาวน์โหลด Excel' })).toBeInTheDocument();
});
