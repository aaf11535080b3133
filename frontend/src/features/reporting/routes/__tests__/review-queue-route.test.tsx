import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createDistrict, createMe, page } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDeadline, createReport, DEADLINE_ID } from '../../testing/reporting-data';
import { ReviewQueueRoute } from '../review-queue-route';

const provinceOfficer = createMe({
  username: 'demo.province52',
  roles: ['PROVINCE_OFFICER'],
  area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
});
const maeMo = { code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' };

test('lists the province’s districts for a deadline and accepts a submitted report in one click', async () => {
  const accepts: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': provinceOfficer,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/fiscal-years/2568/deadlines': [createDeadline()],
    'GET /api/v1/provinces/52/districts': page([createDistrict(), createDistrict(maeMo)]),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/reports/5201`]: createReport({
      state: 'SUBMITTED',
      standing: 'SUBMITTED_LATE',
      onTime: false,
      submittedAt: '2024-12-16T02:30:00Z',
      version: 3,
    }),
    [`GET /api/v1/deadlines/${DEADLINE_ID}/reports/5202`]: createReport({
      districtCode: '5202',
      district: maeMo,
      state: undefined,
      standing: 'MISSING',
    }),
    [`POST /api/v1/deadlines/${DEADLINE_ID}/reports/5201/accept`]: (request: Request) => {
      accepts.push(request.headers.get('If-Match'));
      return json(createReport({ state: 'ACCEPTED', standing: 'ACCEPTED', onTime: false, submittedAt: '2024-12-16T02:30:00Z', version: 4 }));
    },
  });
  renderRoute(<ReviewQueueRoute />, {
    path: '/reports/queue',
    url: `/reports/queue?fiscalYear=2568&deadlineId=${DEADLINE_ID}`,
  });

  const table = await screen.findByRole('table', { name: 'รายงานของอำเภอในจังหวัดลำปาง: รายงานผลการดำเนินงาน ไตรมาส 1/2568' });
  const mueang = await within(table).findByRole('row', { name: /เมืองลำปาง.*ส่งล่าช้า/ });
  expect(mueang).toHaveTextContent('16 ธ.ค. 2567 09:30');
  expect(within(mueang).getByText('ล่าช้า')).toBeInTheDocument();
  expect(within(mueang).getByRole('link', { name: 'เปิดรายงานอำเภอเมืองลำปาง' })).toHaveAttribute(
    'href',
    `/reports/${DEADLINE_ID}/5201`,
  );
  const maeMoRow = within(table).getByRole('row', { name: /แม่เมาะ/ });
  expect(maeMoRow).toHaveTextContent('เลยกำหนด ยังไม่ส่ง');
  expect(within(maeMoRow).queryByRole('button', { name: /รับรอง/ })).not.toBeInTheDocument();

  await userEvent.click(within(mueang).getByRole('button', { name: 'รับรองรายงานอำเภอเมืองลำปาง' }));

  await waitFor(() => expect(within(table).getByRole('row', { name: /เมืองลำปาง/ })).toHaveTextContent('รับรองแล้ว'));
  expect(accepts).toEqual(['"3"']);
  expect(screen.getByRole('link', { name: 'พิมพ์รายงานสรุปจังหวัด' })).toHaveAttribute(
    'href',
    `/reports/${DEADLINE_ID}/province/52/print`,
  );
});
