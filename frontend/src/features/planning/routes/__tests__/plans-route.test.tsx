import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createPlanSummary } from '../../testing/plan-data';
import { PlansRoute } from '../plans-route';

test('shows per area the share of centers with a plan and of planned lines done', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), 'GET /api/v1/fiscal-years': [], 'GET /api/v1/plans/summary': createPlanSummary() });
  renderRoute(<PlansRoute />, { path: '/plans', url: '/plans?fiscalYear=2570' });
  const table = await screen.findByRole('table', { name: 'ศูนย์ที่มีแผนและกิจกรรมที่ทำตามแผน ปีงบประมาณ 2570' });
  expect(within(table).getByRole('row', { name: /เวียงเหนือ/ }).textContent).toContain('1 (50%)');
  expect(within(table).getByRole('row', { name: /เวียงเหนือ/ }).textContent).toContain('3 (75%)');
  expect(within(table).getByRole('row', { name: /รวม/ })).toBeInTheDocument();
});
