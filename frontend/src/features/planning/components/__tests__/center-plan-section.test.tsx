import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { currentFiscalYear } from '@/lib/fiscal-year';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CENTER_ID, createPlan } from '../../testing/plan-data';
import { CenterPlanSection } from '../center-plan-section';

const year = currentFiscalYear();
const planPath = `/api/v1/centers/${CENTER_ID}/plans/${year}`;

test('shows each planned line with what was done of it, and confirms the draft with its version', async () => {
  const confirms: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${planPath}`]: createPlan({ fiscalYear: year }),
    [`POST ${planPath}/confirm`]: (request: Request) => {
      confirms.push(request.headers.get('If-Match'));
      return json(createPlan({ fiscalYear: year, state: 'CONFIRMED', version: 1, confirmedAt: '2026-11-01T09:00:00+07:00', confirmedBy: 'demo.district5201' }));
    },
  });
  renderRoute(<CenterPlanSection centerId={CENTER_ID} canWrite />, { path: '/centers/:id', url: `/centers/${CENTER_ID}` });

  const table = await screen.findByRole('table', { name: `กิจกรรมตามแผน ปีงบประมาณ ${year}` });
  expect(within(table).getByRole('row', { name: /ตรวจสุขภาพผู้สูงอายุ/ })).toHaveTextContent('ทำแล้ว');
  expect(within(table).getByRole('row', { name: /ปลูกไม้สามอย่าง/ })).toHaveTextContent('ทำกิจกรรมอื่นแทน');
  expect(within(table).getByRole('row', { name: /ออกกำลังกาย/ })).toHaveTextContent('ยังไม่ได้ทำ');
  expect(screen.getByText('ทำแล้ว 1 ทำกิจกรรมอื่นแทน 1 ยังไม่ได้ทำ 1 จาก 3 รายการ')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'แก้ไขแผน' })).toHaveAttribute('href', `/plans/${CENTER_ID}/${year}/edit`);

  await userEvent.click(screen.getByRole('button', { name: 'ยืนยันแผน' }));
  await waitFor(() => expect(confirms).toEqual(['"0"']));
  expect(await screen.findByText('ยืนยันแล้ว')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ยืนยันแผน' })).not.toBeInTheDocument();
});

test('offers to make the plan or copy last year’s when the center has none', async () => {
  let copied = 0;
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET ${planPath}`]: () => problem(404, 'plan.not-found', 'No plan'),
    [`POST ${planPath}/copy-from-last-year`]: () => {
      copied++;
      return json(createPlan({ fiscalYear: year }));
    },
  });
  renderRoute(<CenterPlanSection centerId={CENTER_ID} canWrite />, { path: '/centers/:id', url: `/centers/${CENTER_ID}` });

  expect(await screen.findByText('ศูนย์ยังไม่มีแผนของปีงบประมาณนี้')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'จัดทำแผน' })).toHaveAttribute('href', `/plans/${CENTER_ID}/${year}/edit`);
  await userEvent.click(screen.getByRole('button', { name: 'คัดลอกจากแผนปีที่แล้ว' }));
  await waitFor(() => expect(copied).toBe(1));
  expect(await screen.findByRole('table', { name: `กิจกรรมตามแผน ปีงบประมาณ ${year}` })).toBeInTheDocument();
});
