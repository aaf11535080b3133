import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createActivity, createCenter, createMe, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { mockXhrThroughFetch } from '@/testing/mock-xhr';
import { renderRoute } from '@/testing/test-utils';
import { ActivityNewRoute } from '../activity-new-route';

const ONE = createCenter();
const TWO = createCenter({ id: '0b9f3c52-1c3e-4a43-9d55-000000000002', name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const base = {
  'GET /api/v1/me': createMe(),
  'GET /api/v1/centers': page([ONE, TWO]),
};

type Post = { key: string | null; body: Record<string, unknown> };

async function renderForm(handlers: Record<string, unknown> = {}, url = '/activities/new') {
  const calls = mockApi({ ...base, ...handlers });
  const view = renderRoute(<ActivityNewRoute />, { path: '/activities/new', url });
  await screen.findByRole('heading', { name: 'บันทึกกิจกรรม' });
  await screen.findByRole('option', { name: ONE.name });
  return { calls, ...view };
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'บันทึกกิจกรรม' }));

/** The least a valid activity needs: a center and a type (the title follows the type). */
async function fillMinimum() {
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ศูนย์' }), ONE.id);
  await userEvent.click(screen.getByRole('radio', { name: /^3\.1/ }));
  await userEvent.click(screen.getByRole('radio', { name: /ตู้เย็นตู้ยารอบบ้าน/ }));
}

function recordPosts(respond: (post: Post, n: number) => Response | Promise<Response>) {
  const posts: Post[] = [];
  return {
    posts,
    handler: async (request: Request) => {
      const post = { key: request.headers.get('Idempotency-Key'), body: (await request.json()) as Record<string, unknown> };
      posts.push(post);
      return respond(post, posts.length);
    },
  };
}

test('checks the quick capture in Thai before sending anything', async () => {
  const { calls } = await renderForm();

  fireEvent.change(screen.getByLabelText(/วันที่จัดกิจกรรม/), { target: { value: '2999-01-01' } });
  const committee = screen.getByRole('textbox', { name: 'คณะกรรมการบริหารศูนย์' });
  await userEvent.clear(committee);
  await userEvent.type(committee, '200000');
  await save();

  expect(screen.getByRole('combobox', { name: 'ศูนย์' })).toHaveAccessibleDescription('กรุณาเลือกศูนย์');
  expect(screen.getByLabelText(/วันที่จัดกิจกรรม/)).toHaveAccessibleDescription('วันที่จัดกิจกรรมต้องไม่เกินวันนี้');
  expect(screen.getByRole('radiogroup', { name: 'ประเภทกิจกรรม' })).toHaveAccessibleDescription(/กรุณาเลือกประเภทกิจกรรม/);
  expect(screen.getByRole('textbox', { name: 'ชื่อกิจกรรม' })).toHaveAccessibleDescription(/กรุณากรอกข้อมูลนี้/);
  expect(screen.getByRole('textbox', { name: 'คณะกรรมการบริหารศูนย์' })).toHaveAccessibleDescription(
    'ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 100,000',
  );
  expect(screen.getByRole('alert')).toHaveTextContent('กรุณาแก้ไขรายการที่มีข้อความแจ้งเตือนก่อนบันทึก');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'ศูนย์' })).toHaveFocus());
  expect(calls.mock.calls.filter(([input]) => (input as Request).method === 'POST')).toHaveLength(0);
});

test('asks for the national day only for volunteer work on national days', async () => {
  await renderForm();
  expect(screen.queryByRole('combobox', { name: 'วันสำคัญของชาติ' })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('radio', { name: /^3\.3/ }));
  const types = screen.getByRole('radiogroup', { name: 'กิจกรรม' });
  expect(within(types).getAllByRole('radio').map((r) => r.textContent)).toEqual([
    'จิตอาสาพัฒนา',
    'จิตอาสาภัยพิบัติ',
    'จิตอาสาเฉพาะกิจ',
  ]);
  await userEvent.click(within(types).getByRole('radio', { name: 'จิตอาสาพัฒนา' }));
  // The title starts as the activity's name.
  expect(screen.getByRole('textbox', { name: 'ชื่อกิจกรรม' })).toHaveValue('จิตอาสาพัฒนา');

  await save();
  expect(screen.getByRole('combobox', { name: 'วันสำคัญของชาติ' })).toHaveAccessibleDescription(/กรุณาระบุวันสำคัญของชาติ/);

  await userEvent.click(screen.getByRole('radio', { name: /^3\.2/ }));
  expect(screen.queryByRole('combobox', { name: 'วันสำคัญของชาติ' })).not.toBeInTheDocument();
  // Another category's activity is no longer chosen, nor its name kept as the title.
  expect(screen.getByRole('textbox', { name: 'ชื่อกิจกรรม' })).toHaveValue('');
});

test('sends the national day with the activity', async () => {
  const { posts, handler } = recordPosts(() => json(createActivity({ category: 'NATIONAL_DAY' }), 201));
  await renderForm({ 'POST /api/v1/activities': handler });
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ศูนย์' }), TWO.id);
  await userEvent.click(screen.getByRole('radio', { name: /^3\.3/ }));
  await userEvent.click(screen.getByRole('radio', { name: 'จิตอาสาพัฒนา' }));
  await userEvent.click(screen.getByRole('combobox', { name: 'วันสำคัญของชาติ' }));
  await userEvent.paste('วันพ่อแห่งชาติ');
  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มจำนวนผู้นำจิตอาสา' }));
  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มจำนวนผู้นำจิตอาสา' }));
  await save();

  await screen.findByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' });
  expect(posts[0]?.body).toMatchObject({
    centerId: TWO.id,
    type: 'DEVELOPMENT_VOLUNTEER',
    title: 'จิตอาสาพัฒนา',
    nationalDay: 'วันพ่อแห่งชาติ',
    participants: { committee: 0, volunteerLeaders: 2, community: 0, partners: 0, officers: 0 },
  });
});

test('sends an Idempotency-Key and reuses it when retrying after a network error', async () => {
  const { posts, handler } = recordPosts((_, n) => {
    if (n === 1) throw new TypeError('Failed to fetch');
    return json(createActivity(), 201);
  });
  await renderForm({ 'POST /api/v1/activities': handler });
  await fillMinimum();

  await save();
  expect(await screen.findByText(/ติดต่อระบบไม่ได้/)).toBeInTheDocument();
  await save();

  expect(await screen.findByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' })).toHaveFocus();
  expect(posts).toHaveLength(2);
  expect(posts[0]?.key).toMatch(UUID);
  expect(posts[1]?.key).toBe(posts[0]?.key);

  // The next activity is another one, so it gets a key of its own.
  await userEvent.click(screen.getByRole('button', { name: 'บันทึกกิจกรรมถัดไป' }));
  expect(screen.getByRole('combobox', { name: 'ศูนย์' })).toHaveValue(ONE.id);
  await userEvent.click(screen.getByRole('radio', { name: /^3\.2/ }));
  await userEvent.click(screen.getByRole('radio', { name: 'สุขภาพ' }));
  await save();
  await screen.findByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' });
  expect(posts[2]?.key).toMatch(UUID);
  expect(posts[2]?.key).not.toBe(posts[0]?.key);
});

test('shows the server’s warnings as a notice once saved, not as an error', async () => {
  const warning = { code: 'activity.date.outside-operation-period', message: 'Held outside the operation period.' };
  await renderForm({ 'POST /api/v1/activities': () => json(createActivity({ warnings: [warning] }), 201) });
  await fillMinimum();
  await save();

  await screen.findByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' });
  const notice = screen.getByRole('status');
  expect(notice).toHaveTextContent('โปรดตรวจสอบ');
  expect(notice).toHaveTextContent('วันที่จัดกิจกรรมอยู่นอกช่วงเวลาดำเนินงานของปีงบประมาณ');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'ดูกิจกรรมที่บันทึก' })).toHaveAttribute(
    'href',
    '/activities/5b0c7d1e-2f4a-4a8e-9a51-000000000001',
  );
});

test('shows the server’s field errors next to their fields', async () => {
  await renderForm({
    'POST /api/v1/activities': () =>
      problem(422, 'activity.center.unknown', 'No center in your area.', {
        errors: [{ field: 'centerId', code: 'activity.center.unknown', message: 'not a center in your area' }],
      }),
  });
  await fillMinimum();
  await save();

  await waitFor(() =>
    expect(screen.getByRole('combobox', { name: 'ศูนย์' })).toHaveAccessibleDescription(
      'ไม่พบศูนย์นี้ในพื้นที่รับผิดชอบของคุณ',
    ),
  );
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'ศูนย์' })).toHaveFocus());
});

test('uploads photos after saving, each with its progress, and offers to resend the one that failed', async () => {
  mockXhrThroughFetch();
  const uploads: { name: string; type: string | null; size: number }[] = [];
  let unreadable = true;
  await renderForm({
    'POST /api/v1/activities': () => json(createActivity(), 201),
    'POST /api/v1/activities/5b0c7d1e-2f4a-4a8e-9a51-000000000001/photos': async (request: Request) => {
      const bytes = new Uint8Array(await request.arrayBuffer());
      const name = bytes[0] === 2 ? 'b.jpg' : 'a.jpg';
      uploads.push({ name, type: request.headers.get('Content-Type'), size: bytes.length });
      if (name === 'b.jpg' && unreadable) {
        unreadable = false;
        return problem(422, 'photo.unreadable', 'The image cannot be read.');
      }
      return json({ id: `photo-${uploads.length}` }, 201);
    },
  });
  await fillMinimum();

  const a = new File([new Uint8Array([1, 1, 1])], 'a.jpg', { type: 'image/jpeg' });
  const b = new File([new Uint8Array([2, 2])], 'b.jpg', { type: 'image/jpeg' });
  const big = new File([new Uint8Array(8 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
  await userEvent.upload(screen.getByLabelText('ถ่ายรูปกิจกรรม'), [a, b, big]);

  const chosen = screen.getByRole('list', { name: 'รูปที่เลือก' });
  expect(within(chosen).getAllByText('รอส่งเมื่อบันทึก')).toHaveLength(2);
  // A photo over 8 MB is refused here, without sending it over a slow line.
  expect(within(chosen).getByText('ส่งไม่ได้: ไฟล์รูปใหญ่เกิน 8 MB')).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'ตัวอย่างรูป a.jpg' })).toBeInTheDocument();

  await save();

  await screen.findByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' });
  expect(await screen.findByText('ส่งไม่สำเร็จ: เปิดไฟล์รูปนี้ไม่ได้ ไฟล์อาจเสียหาย')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('กิจกรรมถูกบันทึกแล้ว แต่ส่งรูปไม่สำเร็จ 1 รูป');
  expect(screen.getByRole('progressbar', { name: 'ความคืบหน้าการส่ง a.jpg' })).toHaveAttribute('aria-valuenow', '100');
  expect(uploads.map((u) => u.name)).toEqual(['a.jpg', 'b.jpg']);
  expect(uploads[0]).toMatchObject({ type: 'image/jpeg', size: 3 });

  await userEvent.click(screen.getByRole('button', { name: 'ลองส่ง b.jpg ใหม่' }));

  await waitFor(() => expect(screen.getAllByText('ส่งแล้ว')).toHaveLength(2));
  expect(screen.queryByText(/ส่งไม่สำเร็จ/)).not.toBeInTheDocument();
  expect(uploads.map((u) => u.name)).toEqual(['a.jpg', 'b.jpg', 'b.jpg']);
});

test('preselects the center given in the link from a center’s page', async () => {
  await renderForm({}, `/activities/new?centerId=${TWO.id}`);
  expect(screen.getByRole('combobox', { name: 'ศูนย์' })).toHaveValue(TWO.id);
  // The date starts as today, shown in the Buddhist era with its fiscal quarter.
  expect(screen.getByLabelText(/วันที่จัดกิจกรรม/)).toHaveAccessibleDescription(/25\d\d · ไตรมาส \d\/25\d\d/);
});

test('tells a viewer that the role cannot record activities', async () => {
  mockApi({ ...base, 'GET /api/v1/me': createMe({ roles: ['VIEWER'] }) });
  renderRoute(<ActivityNewRoute />, { path: '/activities/new' });
  expect(await screen.findByText(/ดูข้อมูลได้อย่างเดียว/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึกกิจกรรม' })).not.toBeInTheDocument();
});
