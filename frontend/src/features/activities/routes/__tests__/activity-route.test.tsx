import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createActivity, createAuditEvent, createMe, createPhoto } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { ActivityRoute } from '../activity-route';

const ID = '5b0c7d1e-2f4a-4a8e-9a51-000000000001';
const PHOTOS = [createPhoto(), createPhoto({ id: '0d6f0b5e-8d1c-4f8a-b2c4-000000000002' })];
const image = () => new Response(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), { headers: { 'Content-Type': 'image/jpeg' } });

function activityApi(me = createMe(), overrides: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/v1/me': me,
    [`GET /api/v1/activities/${ID}`]: createActivity(),
    [`GET /api/v1/activities/${ID}/photos`]: PHOTOS,
    [`GET /api/v1/activities/${ID}/photos/${PHOTOS[0]!.id}/thumbnail`]: image,
    [`GET /api/v1/activities/${ID}/photos/${PHOTOS[1]!.id}/thumbnail`]: image,
    [`GET /api/v1/activities/${ID}/photos/${PHOTOS[1]!.id}`]: image,
    [`GET /api/v1/activities/${ID}/history`]: [
      createAuditEvent({ entityType: 'ACTIVITY', entityId: ID, action: 'CREATE', changes: [], after: { title: 'ปลูกผัก' } }),
      createAuditEvent({
        id: 'a2',
        entityType: 'ACTIVITY',
        entityId: ID,
        action: 'UPDATE',
        changes: [{ field: 'heldOn', before: '2024-12-04', after: '2024-12-05' }],
      }),
    ],
    ...overrides,
  });
}

const renderActivity = () => renderRoute(<ActivityRoute />, { path: '/activities/:id', url: `/activities/${ID}` });

test('shows the activity with its participants, budget in baht, photos and history', async () => {
  activityApi();
  renderActivity();

  expect(await screen.findByRole('heading', { level: 2, name: 'ปลูกผักสวนครัวรั้วกินได้' })).toBeInTheDocument();
  expect(screen.getByText(/5 ธันวาคม 2567/)).toBeInTheDocument();
  expect(screen.getByText('฿3,500.00')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ' })).toHaveAttribute(
    'href',
    '/centers/0b9f3c52-1c3e-4a43-9d55-000000000001',
  );

  const participants = screen.getByRole('table', { name: 'จำนวนผู้เข้าร่วมกิจกรรมแยกตามกลุ่มเป้าหมาย' });
  expect(within(participants).getByRole('row', { name: 'ผู้นำจิตอาสา 20' })).toBeInTheDocument();
  expect(within(participants).getByRole('row', { name: 'รวม 81' })).toBeInTheDocument();

  expect(await screen.findByRole('img', { name: 'รูปที่ 1 ของกิจกรรม ปลูกผักสวนครัวรั้วกินได้' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
  expect(screen.getByRole('img', { name: 'รูปที่ 2 ของกิจกรรม ปลูกผักสวนครัวรั้วกินได้' })).toBeInTheDocument();

  const history = screen.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  expect(await within(history).findByText('บันทึกกิจกรรม')).toBeInTheDocument();
  expect(within(history).getByText('วันที่จัดกิจกรรม: 4 ธ.ค. 2567 → 5 ธ.ค. 2567')).toBeInTheDocument();
});

test('opens a photo in full size, fetched with the token', async () => {
  const calls = activityApi();
  renderActivity();

  await userEvent.click(await screen.findByRole('button', { name: 'เปิดรูปที่ 2 ขนาดเต็ม' }));

  const viewer = await screen.findByRole('dialog', { name: 'รูปที่ 2 จาก 2' });
  await waitFor(() => expect(within(viewer).getByRole('img', { name: /รูปที่ 2 ของกิจกรรม/ })).toBeInTheDocument());
  const paths = calls.mock.calls.map(([input]) => new URL((input as Request).url).pathname);
  expect(paths).toContain(`/api/v1/activities/${ID}/photos/${PHOTOS[1]!.id}`);
});

test('offers edit and adding photos to an officer', async () => {
  activityApi();
  renderActivity();
  expect(await screen.findByRole('link', { name: 'แก้ไขกิจกรรม' })).toHaveAttribute('href', `/activities/${ID}/edit`);
  expect(await screen.findByRole('button', { name: 'ถ่ายรูป' })).toBeInTheDocument();
  expect(screen.getByText(/เพิ่มได้อีก 8 รูป/)).toBeInTheDocument();
});

test('shows a viewer no edit or photo buttons', async () => {
  activityApi(createMe({ roles: ['VIEWER'] }));
  renderActivity();
  await screen.findByRole('heading', { level: 2, name: 'ปลูกผักสวนครัวรั้วกินได้' });
  await screen.findByRole('img', { name: /รูปที่ 1 ของกิจกรรม/ });
  expect(screen.queryByRole('link', { name: 'แก้ไขกิจกรรม' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ถ่ายรูป' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'เลือกรูปจากเครื่อง' })).not.toBeInTheDocument();
});

test('shows the partners section the app gives it, with the activity and whether the user may write', async () => {
  activityApi();
  const Partners = ({ activityId, canWrite }: { activityId: string; canWrite: boolean }) => (
    <p>{`partners of ${activityId}, may write: ${canWrite}`}</p>
  );
  renderRoute(<ActivityRoute partnersSection={Partners} />, { path: '/activities/:id', url: `/activities/${ID}` });

  expect(await screen.findByText(`partners of ${ID}, may write: true`)).toBeInTheDocument();
});

const VOIDED = {
  at: '2024-12-20T10:15:00+07:00',
  by: 'demo.district5201',
  reason: 'บันทึกซ้ำกับกิจกรรมวันที่ 5 ธันวาคม',
};

type VoidCall = { ifMatch: string | null; body: unknown };

test('voids an activity only with a reason, sending the version shown', async () => {
  const sent: VoidCall[] = [];
  activityApi(createMe(), {
    [`POST /api/v1/activities/${ID}/void`]: async (request: Request) => {
      sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createActivity({ version: 2, voided: VOIDED }));
    },
  });
  renderActivity();

  await userEvent.click(await screen.findByRole('button', { name: 'ยกเลิกรายการ' }));
  const dialog = await screen.findByRole('dialog', { name: 'ยกเลิกรายการกิจกรรม' });
  // The officer is told what voiding does before deciding.
  expect(within(dialog).getByText(/หายไปจากรายการกิจกรรม และไม่นับในผลการดำเนินงานและร่างรายงาน/)).toBeInTheDocument();
  expect(within(dialog).getByText('รายงานที่ส่งไปแล้วยังคงตัวเลขตามที่ส่งไว้เดิม')).toBeInTheDocument();
  expect(within(dialog).getByText('ยกเลิกรายการแล้วเรียกคืนไม่ได้')).toBeInTheDocument();

  const reason = within(dialog).getByRole('textbox', { name: 'เหตุผลที่ยกเลิกรายการ' });
  const confirm = () => userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันยกเลิกรายการ' }));
  await confirm();
  expect(reason).toHaveAccessibleDescription(expect.stringContaining('กรุณาระบุเหตุผลที่ยกเลิกรายการ'));
  expect(reason).toHaveFocus();

  // Two characters are one too few for the server.
  await userEvent.type(reason, 'ab');
  await confirm();
  expect(reason).toHaveAccessibleDescription(expect.stringContaining('กรุณาระบุเหตุผลอย่างน้อย 3 ตัวอักษร'));
  expect(sent).toHaveLength(0);

  await userEvent.clear(reason);
  await userEvent.type(reason, `  ${VOIDED.reason} `);
  await confirm();

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(sent).toEqual([{ ifMatch: '"1"', body: { reason: VOIDED.reason } }]);
  // The answer is the voided activity: the page says so at once and offers no more changes.
  expect(await screen.findByText('กิจกรรมนี้ถูกยกเลิกรายการแล้ว')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'แก้ไขกิจกรรม' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ยกเลิกรายการ' })).not.toBeInTheDocument();
});

test('keeps the void dialog open and says why when someone changed the activity first', async () => {
  activityApi(createMe(), {
    [`POST /api/v1/activities/${ID}/void`]: () =>
      problem(412, 'version.stale', 'Someone else saved this record first.', { currentVersion: 2 }),
  });
  renderActivity();

  await userEvent.click(await screen.findByRole('button', { name: 'ยกเลิกรายการ' }));
  const dialog = await screen.findByRole('dialog', { name: 'ยกเลิกรายการกิจกรรม' });
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'เหตุผลที่ยกเลิกรายการ' }), VOIDED.reason);
  await userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันยกเลิกรายการ' }));

  expect(await within(dialog).findByText(/^มีผู้อื่นบันทึกข้อมูลนี้ก่อนคุณ/)).toBeInTheDocument();
  expect(screen.getByRole('dialog', { name: 'ยกเลิกรายการกิจกรรม' })).toBeInTheDocument();
});

test('shows a voided activity with who voided it, when and why, and no way to change it', async () => {
  const Partners = ({ canWrite }: { activityId: string; canWrite: boolean }) => <p>{`partners may write: ${canWrite}`}</p>;
  activityApi(createMe(), {
    [`GET /api/v1/activities/${ID}`]: createActivity({ version: 2, voided: VOIDED }),
    [`GET /api/v1/activities/${ID}/history`]: [
      createAuditEvent({
        entityType: 'ACTIVITY',
        entityId: ID,
        action: 'VOID',
        changes: [{ field: 'voided', before: null, after: VOIDED }],
        after: { title: 'ปลูกผัก', voided: VOIDED },
      }),
    ],
  });
  renderRoute(<ActivityRoute partnersSection={Partners} />, { path: '/activities/:id', url: `/activities/${ID}` });

  const banner = (await screen.findByText('กิจกรรมนี้ถูกยกเลิกรายการแล้ว')).closest('[role="alert"]') as HTMLElement;
  expect(banner).toHaveTextContent('ยกเลิกเมื่อ 20 ธ.ค. 2567 10:15 โดย demo.district5201');
  expect(banner).toHaveTextContent(`เหตุผล: ${VOIDED.reason}`);

  expect(screen.queryByRole('link', { name: 'แก้ไขกิจกรรม' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ยกเลิกรายการ' })).not.toBeInTheDocument();
  await screen.findByRole('img', { name: /รูปที่ 1 ของกิจกรรม/ });
  expect(screen.queryByRole('button', { name: 'ถ่ายรูป' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'เลือกรูปจากเครื่อง' })).not.toBeInTheDocument();
  expect(screen.getByText('partners may write: false')).toBeInTheDocument();

  const history = screen.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  expect(await within(history).findByText('ยกเลิกรายการกิจกรรม')).toBeInTheDocument();
  expect(within(history).getByText(`เหตุผล: ${VOIDED.reason}`)).toBeInTheDocument();
});

test('offers a viewer no way to void', async () => {
  activityApi(createMe({ roles: ['VIEWER'] }));
  renderActivity();
  await screen.findByRole('heading', { level: 2, name: 'ปลูกผักสวนครัวรั้วกินได้' });
  expect(screen.queryByRole('button', { name: 'ยกเลิกรายการ' })).not.toBeInTheDocument();
});
