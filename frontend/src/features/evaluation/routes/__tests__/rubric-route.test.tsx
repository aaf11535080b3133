import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createRubric } from '../../testing/evaluation-data';
import { RubricRoute } from '../rubric-route';

const national = createMe({ username: 'demo.national', roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } });

test('the department adds a criterion to a frozen rubric, knowing it makes a new revision, and sends its version', async () => {
  const puts: { ifMatch: string | null; body: { criteria: unknown[] } }[] = [];
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years/2568/rubric': createRubric({ frozen: true, version: 3 }),
    'PUT /api/v1/fiscal-years/2568/rubric': async (request: Request) => {
      puts.push({ ifMatch: request.headers.get('If-Match'), body: (await request.json()) as { criteria: unknown[] } });
      return json(createRubric({ revision: 2, version: 0 }));
    },
  });
  renderRoute(<RubricRoute />, { path: '/evaluation/rubric', url: '/evaluation/rubric?fiscalYear=2568' });

  expect(await screen.findByText(/การแก้ไขจะเป็นฉบับใหม่/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มเกณฑ์' }));
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์' }));
  expect(await screen.findByText('น้ำหนักเป็นจำนวนเต็ม 1–100')).toBeInTheDocument();
  expect(puts).toHaveLength(0);
  await userEvent.type(screen.getByRole('textbox', { name: /^เกณฑ์ที่ 4/ }), 'นวัตกรรมชุมชน');
  const weights = screen.getAllByRole('textbox', { name: /^น้ำหนัก/ });
  await userEvent.type(weights[3]!, '10');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์' }));
  await waitFor(() => expect(puts).toHaveLength(1));
  expect(puts[0]?.ifMatch).toBe('"3"');
  expect(puts[0]?.body.criteria).toHaveLength(4);
  expect(puts[0]?.body.criteria[3]).toEqual({ name: 'นวัตกรรมชุมชน', weight: 10 });
});

test('an officer reads the rubric without editing it', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), 'GET /api/v1/fiscal-years/2568/rubric': createRubric() });
  renderRoute(<RubricRoute />, { path: '/evaluation/rubric', url: '/evaluation/rubric?fiscalYear=2568' });
  expect(await screen.findByRole('row', { name: /การจัดกิจกรรมต่อเนื่อง/ })).toHaveTextContent('40');
  expect(screen.getByText('ดีเด่น ≥ 4.50')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึกเกณฑ์' })).not.toBeInTheDocument();
});
