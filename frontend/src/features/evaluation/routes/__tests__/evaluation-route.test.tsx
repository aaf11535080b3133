import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe, page } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createCoverage, createRankings, createVisitSummary, VISIT_ID } from '../../testing/evaluation-data';
import { EvaluationRoute } from '../evaluation-route';

test('ranks the centers with shared places, shows the share visited per quarter and the overdue follow-ups', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/visits': page([createVisitSummary()]),
    'GET /api/v1/visits/rankings': createRankings(),
    'GET /api/v1/visits/coverage': createCoverage(),
    'GET /api/v1/visits/overdue-follow-ups': [createVisitSummary()],
  });
  renderRoute(<EvaluationRoute />, { path: '/evaluation', url: '/evaluation?fiscalYear=2568' });

  const ranking = await screen.findByRole('table', { name: 'ลำดับศูนย์ ปีงบประมาณ 2568' });
  const rows = within(ranking).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['1', '2', '2']);
  expect(rows[1]).toHaveTextContent('4.10');
  expect(within(rows[0]!).getByRole('link', { name: 'ศูนย์หัวเวียง' })).toHaveAttribute('href', `/evaluation/visits/${VISIT_ID}`);

  const coverage = await screen.findByRole('table', { name: 'ศูนย์ที่ได้รับการลงพื้นที่ ปีงบประมาณ 2568' });
  expect(within(coverage).getByRole('row', { name: /เมืองลำปาง/ })).toHaveTextContent('10 ศูนย์ (52.6%)');

  const overdue = await screen.findByRole('table', { name: 'เรื่องติดตามที่เลยกำหนด' });
  expect(overdue).toHaveTextContent('เลยกำหนด');
  expect(screen.getByRole('link', { name: 'บันทึกการลงพื้นที่ประเมิน' })).toHaveAttribute('href', '/evaluation/visits/new');
  expect(screen.getByRole('link', { name: 'เกณฑ์การประเมิน' })).toHaveAttribute('href', '/evaluation/rubric?fiscalYear=2568');
});
