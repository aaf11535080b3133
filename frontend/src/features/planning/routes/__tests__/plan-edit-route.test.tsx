import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CENTER_ID, createPlan } from '../../testing/plan-data';
import { createMeetingSummary, MEETING_ID } from '../../testing/meeting-data';
import { PlanEditRoute } from '../plan-edit-route';

const PARTNER_ID = '9a1b2c3d-0000-4000-8000-000000000009';

test('makes a plan from a meeting with its quarter lines, checked before sending', async () => {
  const puts: { ifMatch: string | null; body: unknown }[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/centers/${CENTER_ID}/plans/2570`]: () => problem(404, 'plan.not-found', 'No plan'),
    'GET /api/v1/meetings': page([createMeetingSummary({ fiscalYear: 2570 })]),
    'GET /api/v1/partners': page([{ id: PARTNER_ID, name: 'วัดศรีชุม', sector: 'RELIGION', areaCode: '5201', active: true, version: 0 }]),
    [`PUT /api/v1/centers/${CENTER_ID}/plans/2570`]: async (request: Request) => {
      puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createPlan());
    },
  });
  renderRoute(<PlanEditRoute />, { path: '/plans/:centerId/:year/edit', url: `/plans/${CENTER_ID}/2570/edit` });

  await screen.findByRole('group', { name: 'กิจกรรมที่ 1' });
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกแผน' }));
  expect(await screen.findByText('กรุณาเลือกกิจกรรม')).toBeInTheDocument();
  expect(puts).toHaveLength(0);

  await userEvent.selectOptions(screen.getByRole('combobox', { name: /ประเภทกิจกรรม/ }), 'HEALTH');
  await userEvent.type(screen.getByRole('textbox', { name: /ชื่อกิจกรรม/ }), 'ตรวจสุขภาพ');
  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มกิจกรรม' }));
  const quarters = screen.getAllByRole('combobox', { name: 'ไตรมาส' });
  await userEvent.selectOptions(quarters[1]!, '2');
  await userEvent.selectOptions(screen.getAllByRole('combobox', { name: /ประเภทกิจกรรม/ })[1]!, 'THREE_TREES');
  await userEvent.type(screen.getAllByRole('textbox', { name: /ชื่อกิจกรรม/ })[1]!, 'ปลูกไม้');
  await userEvent.selectOptions(screen.getAllByRole('combobox', { name: 'ภาคีที่ร่วม (ถ้ามี)' })[1]!, PARTNER_ID);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'จัดทำ/ยืนยันในการประชุม' }), MEETING_ID);
  await userEvent.type(screen.getByRole('textbox', { name: 'เป้าหมายจำนวนกิจกรรมทั้งปี (ครั้ง)' }), '8');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกแผน' }));

  await waitFor(() => expect(puts).toHaveLength(1));
  expect(puts[0]).toEqual({
    ifMatch: null,
    body: {
      meetingId: MEETING_ID,
      targetActivities: 8,
      lines: [
        { quarter: 1, type: 'HEALTH', title: 'ตรวจสุขภาพ' },
        { quarter: 2, type: 'THREE_TREES', title: 'ปลูกไม้', partnerId: PARTNER_ID },
      ],
    },
  });
});
