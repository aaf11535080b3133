import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe, page } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createMeetingSummary, createOpenResolution, MEETING_ID } from '../../testing/meeting-data';
import { MeetingsRoute } from '../meetings-route';

test('lists the meetings with their open resolutions, and what the next meeting must follow up', async () => {
  const asked: string[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/meetings': (request: Request) => {
      asked.push(new URL(request.url).search);
      return json(page([createMeetingSummary(), createMeetingSummary({ id: 'c', level: 'CENTER', centerName: 'ศูนย์เวียงเหนือ', title: 'ประชุมศูนย์', resolutionCount: 0, openResolutions: 0 })]));
    },
    'GET /api/v1/meetings/open-resolutions': [createOpenResolution(), createOpenResolution({ id: 'r2', text: 'ซ่อมตู้ยา', dueOn: undefined, overdue: false })],
  });
  renderRoute(<MeetingsRoute />, { path: '/meetings', url: '/meetings?fiscalYear=2568' });

  const table = await screen.findByRole('table', { name: 'การประชุมกลไกขับเคลื่อน' });
  const row = within(table).getByRole('row', { name: /ครั้งที่ 1\/2568/ });
  expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5 พ.ย. 2567', 'ระดับอำเภอ', 'เมืองลำปาง', '27', '1 จาก 2']);
  expect(within(row).getByRole('link')).toHaveAttribute('href', `/meetings/${MEETING_ID}`);
  expect(within(table).getByRole('row', { name: /ประชุมศูนย์/ })).toHaveTextContent('ศูนย์เวียงเหนือ · เมืองลำปาง');
  expect(asked[0]).toContain('fiscalYear=2568');

  const open = await screen.findByRole('table', { name: 'มติที่ยังไม่แล้วเสร็จ เรียงตามกำหนดเสร็จ' });
  const overdue = within(open).getByRole('row', { name: /ทุกศูนย์จัดทำแผน/ });
  expect(overdue).toHaveTextContent('เลยกำหนด');
  expect(overdue).toHaveTextContent('พัฒนาการอำเภอ');
  expect(within(open).getByRole('row', { name: /ซ่อมตู้ยา/ })).toHaveTextContent('ไม่ระบุ');
  expect(screen.getByRole('link', { name: 'บันทึกการประชุม' })).toHaveAttribute('href', '/meetings/new');
});

test('a viewer reads the meetings but is not offered to record one', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ username: 'demo.viewer52', roles: ['VIEWER'] }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/meetings': page([createMeetingSummary()]),
    'GET /api/v1/meetings/open-resolutions': [],
  });
  renderRoute(<MeetingsRoute />, { path: '/meetings', url: '/meetings' });

  await screen.findByRole('table', { name: 'การประชุมกลไกขับเคลื่อน' });
  expect(await screen.findByText('ไม่มีมติค้างดำเนินการ')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'บันทึกการประชุม' })).not.toBeInTheDocument();
});
