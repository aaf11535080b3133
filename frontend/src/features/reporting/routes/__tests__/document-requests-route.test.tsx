import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { mockXhrThroughFetch } from '@/testing/mock-xhr';
import { renderRoute } from '@/testing/test-utils';
import { createDocumentAnswer, createDocumentRequest, createOfficeAnswers, REQUEST_ID } from '../../testing/document-data';
import { createDeadline } from '../../testing/reporting-data';
import { DocumentAnswerRoute } from '../document-answer-route';
import { DocumentRequestRoute } from '../document-request-route';
import { DocumentsRoute } from '../documents-route';

const national = createMe({
  username: 'demo.national',
  roles: ['NATIONAL'],
  area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' },
});
const district = createMe();

test('the department sees how many offices answered, and sends a new request to one province’s districts', async () => {
  const posts: unknown[] = [];
  mockApi({
    'GET /api/v1/me': national,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/document-requests': { items: [createDocumentRequest()], page: 0, size: 50, totalItems: 1, totalPages: 1 },
    'GET /api/v1/provinces': { items: [{ code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' }], page: 0, size: 1, totalItems: 1, totalPages: 1 },
    'POST /api/v1/document-requests': async (request: Request) => {
      const body = await request.json();
      posts.push(body);
      return json(createDocumentRequest({ id: 'new-request' }), 201);
    },
  });
  const { router } = renderRoute(<DocumentsRoute />, { path: '/documents', url: '/documents?fiscalYear=2570' });

  const table = await screen.findByRole('table', { name: 'คำขอเอกสาร ปีงบประมาณ 2570' });
  const row = within(table).getByRole('row', { name: /แบบสำรวจศูนย์ฯ/ });
  expect(row).toHaveTextContent('กรมการพัฒนาชุมชน');
  expect(row).toHaveTextContent('อำเภอในจังหวัดลำปาง');
  expect(row).toHaveTextContent('ส่งแล้ว 2 จาก 13');

  await userEvent.click(screen.getByRole('button', { name: 'ส่งคำขอเอกสารใหม่' }));
  const dialog = await screen.findByRole('dialog', { name: 'ส่งคำขอเอกสารใหม่' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งคำขอ' }));
  expect(await within(dialog).findAllByText('กรุณากรอก')).toHaveLength(2);
  expect(posts).toEqual([]);

  await userEvent.type(within(dialog).getByLabelText(/เรื่อง/), '  ภาพกิจกรรม  ');
  await userEvent.type(within(dialog).getByLabelText(/คำชี้แจง/), 'ส่งภาพ 3 ภาพ');
  await userEvent.type(within(dialog).getByLabelText(/กำหนดส่ง/), '2027-03-10');
  await userEvent.selectOptions(await within(dialog).findByLabelText('จังหวัด'), '52');
  await userEvent.click(within(dialog).getByRole('button', { name: 'ส่งคำขอ' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/documents/new-request'));
  expect(posts).toEqual([
    { fiscalYear: 2570, title: 'ภาพกิจกรรม', instructions: 'ส่งภาพ 3 ภาพ', dueOn: '2027-03-10', targetLevel: 'DISTRICT', targetProvinceCode: '52' },
  ]);
});

test('the matrix shows who answered on time, who late, and who not at all', async () => {
  mockApi({
    'GET /api/v1/me': national,
    [`GET /api/v1/document-requests/${REQUEST_ID}`]: createDocumentRequest(),
    [`GET /api/v1/document-requests/${REQUEST_ID}/answers`]: createOfficeAnswers(),
  });
  renderRoute(<DocumentRequestRoute />, { path: '/documents/:id', url: `/documents/${REQUEST_ID}` });

  const table = await screen.findByRole('table', { name: 'หน่วยงานที่ได้รับคำขอ 3 แห่ง' });
  expect(within(table).getByRole('row', { name: /5201 เมืองลำปาง/ })).toHaveTextContent('ตรงเวลา');
  expect(within(table).getByRole('row', { name: /5202 แม่เมาะ/ })).toHaveTextContent('ล่าช้า');
  expect(within(table).getByRole('row', { name: /5203 เกาะคา/ })).toHaveTextContent('ไม่ส่ง');
  expect(within(table).getByRole('link', { name: 'เปิดคำตอบของ5202 แม่เมาะ' })).toHaveAttribute(
    'href',
    `/documents/${REQUEST_ID}/5202`,
  );
  expect(screen.getByRole('button', { name: 'แนบแบบฟอร์ม' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'ดาวน์โหลดไฟล์ที่ส่งแล้วทั้งหมด (.zip)' })).toBeInTheDocument();
});

test('a district attaches a file, writes a note and submits with the version its last change answered', async () => {
  mockXhrThroughFetch();
  let answer = createDocumentAnswer();
  const submits: (string | null)[] = [];
  const file = { id: 'f1', fileName: 'แบบสำรวจ.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sizeBytes: 12_000, createdAt: '2027-03-05T10:00:00+07:00', url: '/x', etag: '"abc"' };
  mockApi({
    'GET /api/v1/me': district,
    [`GET /api/v1/document-requests/${REQUEST_ID}`]: createDocumentRequest({ canReview: false, offices: 1 }),
    [`GET /api/v1/document-requests/${REQUEST_ID}/answers/5201`]: () => json(answer),
    [`POST /api/v1/document-requests/${REQUEST_ID}/answers/5201/files`]: (request: Request) => {
      expect(new URL(request.url).searchParams.get('fileName')).toBe('แบบสำรวจ.xlsx');
      // the first file starts the answer at version 0, as a new row's version is
      answer = { ...answer, state: 'DRAFT', standing: 'DRAFT', files: [file], version: 0 };
      return json(answer, 201);
    },
    [`PUT /api/v1/document-requests/${REQUEST_ID}/answers/5201`]: async (request: Request) => {
      expect(request.headers.get('If-Match')).toBe('"0"');
      answer = { ...answer, note: ((await request.json()) as { note: string }).note, version: 1 };
      return json(answer);
    },
    [`POST /api/v1/document-requests/${REQUEST_ID}/answers/5201/submit`]: (request: Request) => {
      submits.push(request.headers.get('If-Match'));
      answer = { ...answer, state: 'SUBMITTED', standing: 'SUBMITTED_ON_TIME', onTime: true, version: 2 };
      return json(answer);
    },
  });
  renderRoute(<DocumentAnswerRoute />, { path: '/documents/:id/:officeCode', url: `/documents/${REQUEST_ID}/5201` });

  expect(await screen.findByRole('heading', { name: 'คำตอบของเมืองลำปาง' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'ส่งคำตอบ' })).toBeDisabled();
  await userEvent.upload(screen.getByLabelText('แนบไฟล์'), new File(['xlsx'], 'แบบสำรวจ.xlsx'));
  expect(await screen.findByRole('button', { name: 'ดาวน์โหลด แบบสำรวจ.xlsx' })).toBeInTheDocument();

  await userEvent.type(screen.getByLabelText('หมายเหตุถึงผู้ขอ'), 'ครบตามแบบ');
  await userEvent.click(screen.getByRole('button', { name: 'ส่งคำตอบ' }));
  const dialog = await screen.findByRole('dialog', { name: 'ยืนยันการส่งคำตอบ' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันส่ง' }));
  expect(await screen.findByText('ส่งแล้ว รอผู้ขอตรวจ แก้ไขไม่ได้จนกว่าจะถูกส่งกลับ')).toBeInTheDocument();
  expect(submits).toEqual(['"1"']);
  expect(answer.note).toBe('ครบตามแบบ');
  expect(screen.queryByRole('button', { name: 'แนบไฟล์' })).not.toBeInTheDocument();
});

test('the requester must say why before returning an answer, and a refused file shows the server’s reason', async () => {
  const returns: unknown[] = [];
  mockApi({
    'GET /api/v1/me': national,
    [`GET /api/v1/document-requests/${REQUEST_ID}`]: createDocumentRequest(),
    [`GET /api/v1/document-requests/${REQUEST_ID}/answers/5201`]: createDocumentAnswer({
      state: 'SUBMITTED',
      standing: 'SUBMITTED_LATE',
      canAnswer: false,
      canReview: true,
      version: 4,
    }),
    [`POST /api/v1/document-requests/${REQUEST_ID}/answers/5201/return`]: async (request: Request) => {
      returns.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return problem(409, 'reporting.document-answer.state');
    },
  });
  renderRoute(<DocumentAnswerRoute />, { path: '/documents/:id/:officeCode', url: `/documents/${REQUEST_ID}/5201` });

  await userEvent.click(await screen.findByRole('button', { name: 'ส่งกลับให้แก้ไข' }));
  expect(screen.getByText('กรุณากรอก')).toBeInTheDocument();
  expect(returns).toEqual([]);
  await userEvent.type(screen.getByLabelText(/ความเห็นถึงหน่วยงาน/), 'แนบหน้า 2 ด้วย');
  await userEvent.click(screen.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }));
  expect(await screen.findByText(/คำตอบอยู่ในสถานะที่ทำรายการนี้ไม่ได้/)).toBeInTheDocument();
  expect(returns).toEqual([{ ifMatch: '"4"', body: { comment: 'แนบหน้า 2 ด้วย' } }]);
});

test('a district finds the year’s location report among its requests, leading to its own form', async () => {
  mockApi({
    'GET /api/v1/me': district,
    'GET /api/v1/fiscal-years': [],
    'GET /api/v1/document-requests': { items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 },
    'GET /api/v1/fiscal-years/2570/deadlines': [
      createDeadline({ fiscalYear: 2570 }),
      createDeadline({ id: 'location-2570', kind: 'LOCATION_REPORT', quarter: undefined, fiscalYear: 2570, titleTh: 'รายงานที่ตั้งศูนย์ 2570' }),
    ],
  });
  renderRoute(<DocumentsRoute />, { path: '/documents', url: '/documents?fiscalYear=2570' });

  const section = await screen.findByRole('region', { name: 'รายงานศูนย์ฯ (สิ่งที่ส่งมาด้วย ๓)' });
  expect(await within(section).findByRole('link', { name: 'รายงานที่ตั้งศูนย์ 2570' })).toHaveAttribute(
    'href',
    '/reports/location-2570/5201',
  );
  expect(within(section).queryByRole('link', { name: /ไตรมาส/ })).not.toBeInTheDocument();
  expect(screen.getByText('ยังไม่มีคำขอเอกสารในปีงบประมาณนี้')).toBeInTheDocument();
});
