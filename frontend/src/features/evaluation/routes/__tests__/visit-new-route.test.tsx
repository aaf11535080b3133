import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createCenter, createMe, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { currentFiscalYear } from '@/lib/fiscal-year';
import { CENTER_ID, createRubric, createVisit } from '../../testing/evaluation-data';
import { VisitNewRoute } from '../visit-new-route';

const year = currentFiscalYear();

test('scores every criterion on big buttons and sends the visit; the total comes from the server', async () => {
  const posts: Record<string, unknown>[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/fiscal-years/${year}/rubric`]: createRubric({ fiscalYear: year }),
    'GET /api/v1/centers': page([createCenter({ id: CENTER_ID })]),
    [`GET /api/v1/centers/${CENTER_ID}`]: createCenter({ id: CENTER_ID }),
    'POST /api/v1/visits': async (request: Request) => {
      posts.push((await request.json()) as Record<string, unknown>);
      return json(createVisit(), 201);
    },
  });
  renderRoute(<VisitNewRoute />, { path: '/evaluation/visits/new', url: `/evaluation/visits/new?centerId=${CENTER_ID}` });

  const first = await screen.findByRole('radiogroup', { name: 'คะแนน การจัดกิจกรรมต่อเนื่อง (น้ำหนัก 40)' });
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
  expect(await screen.findAllByText('กรุณาให้คะแนน 1–5')).toHaveLength(3);
  expect(screen.getByText('กรุณากรอกข้อมูลนี้')).toBeInTheDocument();
  expect(posts).toHaveLength(0);

  await userEvent.type(screen.getByRole('textbox', { name: /ผู้ลงพื้นที่/ }), 'นายสมชาย ใจดี');
  await userEvent.click(within(first).getByRole('radio', { name: '5' }));
  await userEvent.click(within(screen.getByRole('radiogroup', { name: /การมีส่วนร่วมของภาคี/ })).getByRole('radio', { name: '4' }));
  await userEvent.click(within(screen.getByRole('radiogroup', { name: /การบันทึกข้อมูล/ })).getByRole('radio', { name: '3' }));
  await userEvent.type(screen.getByRole('textbox', { name: 'หมายเหตุ: การมีส่วนร่วมของภาคี' }), 'ภาคีเอกชนยังน้อย');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(posts).toHaveLength(1));
  expect(posts[0]).toMatchObject({
    centerId: CENTER_ID,
    visitors: 'นายสมชาย ใจดี',
    scores: [
      { criterionId: 'c1000000-0000-4000-8000-000000000001', score: 5 },
      { criterionId: 'c1000000-0000-4000-8000-000000000002', score: 4, note: 'ภาคีเอกชนยังน้อย' },
      { criterionId: 'c1000000-0000-4000-8000-000000000003', score: 3 },
    ],
  });
});

test('says so when the department has set no rubric for the year', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/fiscal-years/${year}/rubric`]: () => problem(404, 'evaluation.rubric.not-found', 'No rubric'),
  });
  renderRoute(<VisitNewRoute />, { path: '/evaluation/visits/new' });
  expect(await screen.findByText(`กรมยังไม่กำหนดเกณฑ์การประเมินของปีงบประมาณ ${year} จึงยังบันทึกคะแนนไม่ได้`)).toBeInTheDocument();
});
