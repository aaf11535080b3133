import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { todayInBangkok } from '@/lib/dates';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { mockXhrThroughFetch } from '@/testing/mock-xhr';
import { renderRoute } from '@/testing/test-utils';
import { createVisit, VISIT_ID } from '../../testing/evaluation-data';
import { VisitPrintRoute } from '../visit-print-route';
import { VisitRoute } from '../visit-route';

test('shows the scores and the total, and marks an overdue follow-up done with the visit’s version', async () => {
  const puts: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/visits/${VISIT_ID}`]: createVisit(),
    [`PUT /api/v1/visits/${VISIT_ID}`]: async (request: Request) => {
      puts.push({ ifMatch: request.headers.get('If-Match'), body: (await request.json()) as Record<string, unknown> });
      return json(createVisit({ version: 1, followUpDoneOn: todayInBangkok(), followUpOverdue: false }));
    },
  });
  renderRoute(<VisitRoute />, { path: '/evaluation/visits/:id', url: `/evaluation/visits/${VISIT_ID}` });

  expect(await screen.findByText('4.10')).toBeInTheDocument();
  expect(screen.getByText('ดี')).toBeInTheDocument();
  expect(screen.getByRole('row', { name: /การมีส่วนร่วมของภาคี/ })).toHaveTextContent('ภาคีเอกชนยังน้อย');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกว่าติดตามแล้ว' }));
  await waitFor(() => expect(puts).toHaveLength(1));
  expect(puts[0]?.ifMatch).toBe('"0"');
  expect(puts[0]?.body).toMatchObject({ followUpDoneOn: todayInBangkok(), scores: [{ score: 5 }, { score: 4 }, { score: 3 }] });
  expect(await screen.findByText(/ติดตามแล้วเมื่อ/)).toBeInTheDocument();
});

test('prints the visit report in Thai digits when asked', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET /api/v1/visits/${VISIT_ID}`]: createVisit() });
  vi.spyOn(window, 'print').mockImplementation(() => {});
  renderRoute(<VisitPrintRoute />, { path: '/evaluation/visits/:id/print', url: `/evaluation/visits/${VISIT_ID}/print?thaiDigits=1` });

  const report = await screen.findByRole('article', { name: 'แบบรายงานการติดตามและประเมินผลศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  expect(report).toHaveTextContent('วันที่ลงพื้นที่ ๒๐ มกราคม ๒๕๖๘');
  expect(report).toHaveTextContent('คะแนนรวมถ่วงน้ำหนัก๔.๑๐');
  expect(report).toHaveTextContent('ระดับ: ดี');
});

test('the officer adds photos from the phone one after another; only pictures are offered', async () => {
  mockXhrThroughFetch();
  const names: (string | null)[] = [];
  let photos: ReturnType<typeof createVisit>['photos'] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/visits/${VISIT_ID}`]: () => json(createVisit({ photos })),
    [`POST /api/v1/visits/${VISIT_ID}/photos`]: (request: Request) => {
      const name = new URL(request.url).searchParams.get('fileName');
      names.push(name);
      const photo = {
        id: `p${names.length}`,
        kind: 'PHOTO',
        fileName: name ?? '',
        contentType: 'image/jpeg',
        sizeBytes: 900_000,
        createdAt: '2025-01-20T10:00:00+07:00',
        createdBy: 'demo.district5201',
        url: `/api/v1/visits/${VISIT_ID}/photos/p${names.length}`,
        etag: `"p${names.length}"`,
      };
      photos = [...photos, photo];
      return json(photo, 201);
    },
  });
  renderRoute(<VisitRoute />, { path: '/evaluation/visits/:id', url: `/evaluation/visits/${VISIT_ID}` });

  const input = await screen.findByLabelText('เพิ่มภาพถ่าย');
  expect(input).toHaveAttribute('accept', expect.stringContaining('image/jpeg'));
  expect(input).not.toHaveAttribute('accept', expect.stringContaining('.pdf'));
  await userEvent.upload(input, [new File(['a'], 'IMG_1.jpg', { type: 'image/jpeg' }), new File(['b'], 'IMG_2.jpg', { type: 'image/jpeg' })]);
  await waitFor(() => expect(names).toEqual(['IMG_1.jpg', 'IMG_2.jpg']));
  expect(await screen.findByRole('button', { name: 'ดูภาพ IMG_2.jpg' })).toBeInTheDocument();
});
