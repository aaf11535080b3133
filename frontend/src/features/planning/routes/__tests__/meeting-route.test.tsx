import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { mockXhrThroughFetch } from '@/testing/mock-xhr';
import { renderRoute } from '@/testing/test-utils';
import { createMeeting, MEETING_ID, RESOLUTION_DONE_ID, RESOLUTION_ID } from '../../testing/meeting-data';
import { MeetingPrintRoute } from '../meeting-print-route';
import { MeetingRoute } from '../meeting-route';

test('marks an overdue resolution done with the meeting’s version, and opens a done one again', async () => {
  const puts: { url: string; ifMatch: string | null; body: unknown }[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/meetings/${MEETING_ID}`]: createMeeting(),
    [`PUT /api/v1/meetings/${MEETING_ID}/resolutions/${RESOLUTION_ID}/done`]: async (request: Request) => {
      puts.push({ url: request.url, ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createMeeting({ version: 1, openResolutions: 0 }));
    },
    [`PUT /api/v1/meetings/${MEETING_ID}/resolutions/${RESOLUTION_DONE_ID}/done`]: async (request: Request) => {
      puts.push({ url: request.url, ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createMeeting({ version: 1 }));
    },
  });
  renderRoute(<MeetingRoute />, { path: '/meetings/:id', url: `/meetings/${MEETING_ID}` });

  const first = await screen.findByRole('listitem', { name: 'มติที่ 1' });
  expect(first).toHaveTextContent('ผู้รับผิดชอบ: พัฒนาการอำเภอ');
  expect(first).toHaveTextContent('เลยกำหนด');
  expect(screen.getByRole('listitem', { name: 'มติที่ 2' })).toHaveTextContent('แล้วเสร็จ 5 ธ.ค. 2567');
  expect(screen.getByText(/นางสมศรี มีสุข/)).toBeInTheDocument();

  await userEvent.click(within(first).getByRole('button', { name: 'บันทึกว่าแล้วเสร็จ: มติที่ 1' }));
  const dialog = await screen.findByRole('dialog', { name: 'บันทึกว่ามติแล้วเสร็จ' });
  const date = within(dialog).getByLabelText(/วันที่แล้วเสร็จ/);
  await userEvent.clear(date);
  await userEvent.type(date, '2024-12-10');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'ผลการดำเนินงาน (ถ้ามี)' }), 'ส่งแผนแล้ว');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  await waitFor(() => expect(puts).toHaveLength(1));
  expect(puts[0]).toMatchObject({ ifMatch: '"0"', body: { done: true, doneOn: '2024-12-10', note: 'ส่งแผนแล้ว' } });

  await userEvent.click(screen.getByRole('button', { name: 'ยกเลิกว่าแล้วเสร็จ: มติที่ 2' }));
  await waitFor(() => expect(puts).toHaveLength(2));
  expect(puts[1]).toMatchObject({ ifMatch: '"1"', body: { done: false } });
});

test('another district reads a meeting without its names and may neither edit nor mark it', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ area: { level: 'DISTRICT', code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' } }),
    [`GET /api/v1/meetings/${MEETING_ID}`]: createMeeting({ level: 'PROVINCE', areaCode: '52', attendeeNames: undefined }),
  });
  renderRoute(<MeetingRoute />, { path: '/meetings/:id', url: `/meetings/${MEETING_ID}` });

  await screen.findByRole('listitem', { name: 'มติที่ 1' });
  expect(screen.getByText('รายชื่อผู้เข้าร่วมแสดงเฉพาะผู้ที่ดูแลพื้นที่นี้')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /บันทึกว่าแล้วเสร็จ/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'แก้ไขบันทึกการประชุม' })).not.toBeInTheDocument();
});

test('prints the minutes in Thai with the attendees and each resolution’s assignee, in Thai digits when asked', async () => {
  mockApi({ 'GET /api/v1/me': createMe(), [`GET /api/v1/meetings/${MEETING_ID}`]: createMeeting() });
  vi.spyOn(window, 'print').mockImplementation(() => {});
  renderRoute(<MeetingPrintRoute />, { path: '/meetings/:id/print', url: `/meetings/${MEETING_ID}/print?thaiDigits=1` });

  const minutes = await screen.findByRole('article', { name: 'รายงานการประชุม' });
  expect(minutes).toHaveTextContent('ครั้งที่ ๑/๒๕๖๘');
  expect(minutes).toHaveTextContent('เมื่อวันที่ ๕ พฤศจิกายน ๒๕๖๗');
  expect(minutes).toHaveTextContent('รวมผู้มาประชุม ๒๗ คน');
  expect(within(minutes).getAllByRole('listitem').map((li) => li.textContent)).toContain('นางสมศรี มีสุข');
  expect(minutes).toHaveTextContent('ผู้รับผิดชอบ: พัฒนาการอำเภอ · กำหนดเสร็จ ๑๕ ธันวาคม ๒๕๖๗');
});

test('the district attaches the minutes and a photo, each as its kind, and removes a file by its own ETag', async () => {
  mockXhrThroughFetch();
  const minutes = {
    id: 'f1',
    kind: 'MINUTES',
    fileName: 'รายงานการประชุม.pdf',
    contentType: 'application/pdf',
    sizeBytes: 184_233,
    createdAt: '2024-11-05T10:00:00+07:00',
    createdBy: 'demo.district5201',
    url: `/api/v1/meetings/${MEETING_ID}/files/f1`,
    etag: '"abc"',
  };
  let files: (typeof minutes)[] = [];
  const posted: (string | null)[] = [];
  const deleted: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/meetings/${MEETING_ID}`]: () => json(createMeeting({ files })),
    [`POST /api/v1/meetings/${MEETING_ID}/files`]: (request: Request) => {
      const query = new URL(request.url).searchParams;
      posted.push(query.get('kind'));
      const kind = query.get('kind') ?? '';
      const contentType = kind === 'PHOTO' ? 'image/jpeg' : 'application/pdf';
      const file = { ...minutes, id: `f${posted.length}`, kind, contentType, fileName: query.get('fileName') ?? '' };
      files = [...files, file];
      return json(file, 201);
    },
    [`DELETE /api/v1/meetings/${MEETING_ID}/files/f1`]: (request: Request) => {
      deleted.push(request.headers.get('If-Match'));
      files = files.filter((file) => file.id !== 'f1');
      return new Response(null, { status: 204 });
    },
  });
  renderRoute(<MeetingRoute />, { path: '/meetings/:id', url: `/meetings/${MEETING_ID}` });

  expect(await screen.findByText('ยังไม่ได้แนบรายงานการประชุม')).toBeInTheDocument();
  await userEvent.upload(screen.getByLabelText('แนบรายงานการประชุม'), new File(['%PDF-'], 'รายงานการประชุม.pdf'));
  await userEvent.upload(screen.getByLabelText('เพิ่มภาพถ่าย'), new File(['jpg'], 'ภาพ.jpg', { type: 'image/jpeg' }));
  await waitFor(() => expect(posted).toEqual(['MINUTES', 'PHOTO']));
  const minutesSection = await screen.findByRole('region', { name: 'รายงานการประชุม' });
  expect(await within(minutesSection).findByRole('button', { name: 'บันทึกไฟล์ รายงานการประชุม.pdf' })).toHaveTextContent(
    'รายงานการประชุม.pdf',
  );
  expect(within(minutesSection).getByText('184.2 KB')).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'ดูภาพ ภาพ.jpg' })).toBeInTheDocument();

  await userEvent.click(within(minutesSection).getByRole('button', { name: 'ลบไฟล์ รายงานการประชุม.pdf' }));
  await waitFor(() => expect(deleted).toEqual(['"abc"']));
  expect(await within(minutesSection).findByText('ยังไม่ได้แนบรายงานการประชุม')).toBeInTheDocument();
});

test('a viewer sees the files but may not add or remove one', async () => {
  const photo = {
    id: 'p1',
    kind: 'PHOTO',
    fileName: 'ภาพ.jpg',
    contentType: 'image/jpeg',
    sizeBytes: 2_500_000,
    createdAt: '2024-11-05T10:00:00+07:00',
    createdBy: 'demo.district5201',
    url: `/api/v1/meetings/${MEETING_ID}/files/p1`,
    etag: '"p"',
  };
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['VIEWER'] }),
    [`GET /api/v1/meetings/${MEETING_ID}`]: createMeeting({ files: [photo] }),
  });
  renderRoute(<MeetingRoute />, { path: '/meetings/:id', url: `/meetings/${MEETING_ID}` });

  expect(await screen.findByRole('button', { name: 'ดูภาพ ภาพ.jpg' })).toBeInTheDocument();
  expect(screen.getByText('2.5 MB')).toBeInTheDocument();
  expect(screen.queryByLabelText('เพิ่มภาพถ่าย')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /ลบไฟล์/ })).not.toBeInTheDocument();
});
