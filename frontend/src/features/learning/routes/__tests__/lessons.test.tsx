import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createLesson, createLessonSummary, LESSON_ID } from '../../testing/lesson-data';
import { LessonPrintRoute } from '../lesson-print-route';
import { LessonRoute } from '../lesson-route';
import { LibraryRoute } from '../library-route';

const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const chiangMai = createMe({
  username: 'demo.district5001',
  area: { level: 'DISTRICT', code: '5001', nameTh: 'เมืองเชียงใหม่', nameEn: 'Mueang Chiang Mai', province: { code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' } },
});

test('searches the library by a Thai word and shows the lessons as cards', async () => {
  const searches: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': chiangMai,
    'GET /api/v1/provinces': page([{ code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang', districtCount: 13, subdistrictCount: 100 }]),
    'GET /api/v1/library/lessons': (request: Request) => {
      searches.push(new URL(request.url).searchParams.get('q'));
      return json(page([createLessonSummary()]));
    },
  });
  renderRoute(<LibraryRoute />, { path: '/lessons', url: '/lessons' });

  const card = await screen.findByRole('article', { name: 'ปุ๋ยหมักจากเศษใบไม้' });
  expect(card).toHaveTextContent('เมืองลำปาง · ลำปาง');
  expect(within(card).getByText('ขายขยะแลกทอง')).toBeInTheDocument();
  await userEvent.type(screen.getByRole('searchbox', { name: 'ค้นหา' }), 'ปุ๋ยหมัก{Enter}');
  await waitFor(() => expect(searches).toContain('ปุ๋ยหมัก'));
});

test('the district submits its draft with the lesson’s version', async () => {
  const submits: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/lessons/${LESSON_ID}`]: createLesson(),
    [`POST /api/v1/lessons/${LESSON_ID}/submit`]: (request: Request) => {
      submits.push(request.headers.get('If-Match'));
      return json(createLesson({ state: 'SUBMITTED', version: 1 }));
    },
  });
  renderRoute(<LessonRoute />, { path: '/lessons/:id', url: `/lessons/${LESSON_ID}` });

  await userEvent.click(await screen.findByRole('button', { name: 'ส่งจังหวัด' }));
  await waitFor(() => expect(submits).toEqual(['"0"']));
  expect(await screen.findByText('ส่งจังหวัดแล้ว')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'เผยแพร่' })).not.toBeInTheDocument();
});

test('the province returns a submitted lesson with a comment', async () => {
  const returns: unknown[] = [];
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    [`GET /api/v1/lessons/${LESSON_ID}`]: createLesson({ state: 'SUBMITTED', version: 1 }),
    [`POST /api/v1/lessons/${LESSON_ID}/return`]: async (request: Request) => {
      returns.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createLesson({ state: 'RETURNED', version: 2, reviewNote: 'เพิ่มตัวเลข' }));
    },
  });
  renderRoute(<LessonRoute />, { path: '/lessons/:id', url: `/lessons/${LESSON_ID}` });

  await userEvent.click(await screen.findByRole('button', { name: 'ส่งกลับแก้ไข' }));
  const dialog = await screen.findByRole('dialog', { name: 'ส่งบทเรียนกลับไปแก้ไข' });
  await userEvent.type(within(dialog).getByRole('textbox', { name: /ความเห็นถึงผู้เขียน/ }), 'เพิ่มตัวเลข');
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งกลับ' }));
  await waitFor(() => expect(returns).toEqual([{ ifMatch: '"1"', body: { note: 'เพิ่มตัวเลข' } }]));
});

test('another province opens a published lesson by its stable link through the library, and may share it', async () => {
  mockApi({
    'GET /api/v1/me': chiangMai,
    [`GET /api/v1/library/lessons/${LESSON_ID}`]: createLesson({ state: 'PUBLISHED', version: 3, createdBy: undefined, updatedBy: undefined }),
  });
  renderRoute(<LessonRoute />, { path: '/lessons/:id', url: `/lessons/${LESSON_ID}` });

  const text = await screen.findByTestId('share-text');
  expect(text.textContent).toBe(
    `บทเรียน: ปุ๋ยหมักจากเศษใบไม้\nศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ อำเภอเมืองลำปาง จังหวัดลำปาง\n${window.location.origin}/lessons/${LESSON_ID}`,
  );
  expect(screen.getByRole('button', { name: 'คัดลอกข้อความ' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ถอนการเผยแพร่' })).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'แก้ไข' })).not.toBeInTheDocument();
});

test('prints a lesson on one A4 page in Thai digits when asked', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET /api/v1/lessons/${LESSON_ID}`]: createLesson({ state: 'PUBLISHED' }) });
  vi.spyOn(window, 'print').mockImplementation(() => {});
  renderRoute(<LessonPrintRoute />, { path: '/lessons/:id/print', url: `/lessons/${LESSON_ID}/print?thaiDigits=1` });

  const sheet = await screen.findByRole('article', { name: 'บทเรียนความสำเร็จ ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  expect(sheet).toHaveTextContent('ปีงบประมาณ พ.ศ. ๒๕๖๘');
  expect(sheet).toHaveTextContent('ลดรายจ่าย ๓๕ ครัวเรือน');
  expect(sheet).toHaveTextContent('โรงเรียนบ้านป่าขาม');
});
