import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createAuditEvent, createCenter, createMe, createMember } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CenterRoute } from '../center-route';

// jsdom cannot draw Leaflet maps; the map's own contract is its points and label.
vi.mock('../../components/leaflet-map', () => ({
  LeafletMap: ({ label, points }: { label: string; points: unknown[] }) => (
    <div role="region" aria-label={label}>
      {points.length}
    </div>
  ),
}));

const ID = '0b9f3c52-1c3e-4a43-9d55-000000000001';

function centerApi(overrides: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/centers/${ID}`]: createCenter(),
    [`GET /api/v1/centers/${ID}/members`]: [createMember()],
    [`GET /api/v1/centers/${ID}/history`]: [
      createAuditEvent({ action: 'CREATE', occurredAt: '2024-11-20T09:00:00+07:00', changes: [], after: { name: 'ศูนย์ ก' } }),
      createAuditEvent({ id: 'a2', occurredAt: '2024-12-13T16:30:00+07:00' }),
    ],
    ...overrides,
  });
}

const renderCenter = () => renderRoute(<CenterRoute />, { path: '/centers/:id', url: `/centers/${ID}` });

test('shows the center with its status, Buddhist-era dates, map, members and history', async () => {
  centerApi();
  renderCenter();

  expect(await screen.findByRole('heading', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ' })).toBeInTheDocument();
  expect(screen.getByText('1 มีนาคม 2565')).toBeInTheDocument();
  expect(screen.getByText('ตำบลเวียงเหนือ อำเภอเมืองลำปาง จังหวัดลำปาง (520101)')).toBeInTheDocument();
  expect(await screen.findByRole('region', { name: /แผนที่ที่ตั้ง/ })).toBeInTheDocument();
  expect(screen.getByText('พิกัด ละติจูด 18.3041 ลองจิจูด 99.4977')).toBeInTheDocument();

  const members = await screen.findByRole('table', { name: 'รายชื่อคณะกรรมการและผู้นำจิตอาสาของศูนย์' });
  expect(within(members).getByRole('rowheader', { name: 'นางสมศรี มีสุข' })).toBeInTheDocument();
  expect(within(members).getByText('ประธาน')).toBeInTheDocument();

  const history = screen.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  expect(await within(history).findByText('แก้ไขข้อมูลศูนย์')).toBeInTheDocument();
  expect(within(history).getByText('13 ธ.ค. 2567 16:30')).toBeInTheDocument();
  expect(within(history).getAllByText(/โดย demo.district5201/)).toHaveLength(2);
  expect(within(history).getByText('โทรศัพท์: 054-000000 → 054-123456')).toBeInTheDocument();
});

test('offers edit, status and member buttons to an officer', async () => {
  centerApi();
  renderCenter();

  expect(await screen.findByRole('link', { name: 'แก้ไขข้อมูลศูนย์' })).toHaveAttribute('href', `/centers/${ID}/edit`);
  expect(screen.getByRole('button', { name: 'เปลี่ยนสถานะ' })).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'เพิ่มสมาชิก' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'แก้ไขข้อมูล นางสมศรี มีสุข' })).toBeInTheDocument();
});

test('shows a viewer no write buttons', async () => {
  centerApi({ 'GET /api/v1/me': createMe({ roles: ['VIEWER'], username: 'demo.viewer52' }) });
  renderCenter();

  await screen.findByRole('table', { name: 'รายชื่อคณะกรรมการและผู้นำจิตอาสาของศูนย์' });
  expect(screen.queryByRole('link', { name: 'แก้ไขข้อมูลศูนย์' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'เปลี่ยนสถานะ' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'เพิ่มสมาชิก' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /แก้ไขข้อมูล นางสมศรี/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /ลบข้อมูลส่วนบุคคล/ })).not.toBeInTheDocument();
});

test('adds a member through a dialog', async () => {
  const added: Record<string, unknown>[] = [];
  centerApi({
    [`POST /api/v1/centers/${ID}/members`]: async (request: Request) => {
      added.push((await request.json()) as Record<string, unknown>);
      return json(createMember({ id: 'm2', fullName: 'นายสมหมาย ใจงาม', role: 'SECRETARY' }), 201);
    },
  });
  renderCenter();

  await userEvent.click(await screen.findByRole('button', { name: 'เพิ่มสมาชิก' }));
  const dialog = await screen.findByRole('dialog', { name: 'เพิ่มสมาชิก' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  expect(within(dialog).getByRole('textbox', { name: 'ชื่อ-นามสกุล' })).toHaveAccessibleDescription('กรุณากรอกข้อมูลนี้');
  expect(within(dialog).getByRole('combobox', { name: 'ตำแหน่ง' })).toHaveAccessibleDescription('กรุณาเลือกตำแหน่ง');
  expect(within(dialog).getByRole('textbox', { name: 'ชื่อ-นามสกุล' })).toHaveFocus();

  await userEvent.type(within(dialog).getByRole('textbox', { name: 'ชื่อ-นามสกุล' }), 'นายสมหมาย ใจงาม');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'ตำแหน่ง' }), 'SECRETARY');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'โทรศัพท์' }), '081-000-0000');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(added).toEqual([{ fullName: 'นายสมหมาย ใจงาม', role: 'SECRETARY', phone: '081-000-0000', active: true }]);
});

test('requires a reason to suspend a center', async () => {
  const sent: { ifMatch: string | null; body: unknown }[] = [];
  centerApi({
    [`POST /api/v1/centers/${ID}/status`]: async (request: Request) => {
      sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(createCenter({ status: 'SUSPENDED', statusReason: 'คณะกรรมการหมดวาระ', version: 4 }));
    },
  });
  renderCenter();

  await userEvent.click(await screen.findByRole('button', { name: 'เปลี่ยนสถานะ' }));
  const dialog = await screen.findByRole('dialog', { name: 'เปลี่ยนสถานะศูนย์' });
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'สถานะใหม่' }), 'SUSPENDED');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึกสถานะ' }));
  expect(within(dialog).getByRole('textbox', { name: 'เหตุผล' })).toHaveAccessibleDescription(
    'กรุณาระบุเหตุผลเมื่อระงับหรือปิดศูนย์',
  );
  expect(sent).toHaveLength(0);

  await userEvent.type(within(dialog).getByRole('textbox', { name: 'เหตุผล' }), 'คณะกรรมการหมดวาระ');
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึกสถานะ' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(sent).toEqual([{ ifMatch: '"3"', body: { status: 'SUSPENDED', reason: 'คณะกรรมการหมดวาระ' } }]);
  expect(await screen.findByText('เหตุผล: คณะกรรมการหมดวาระ')).toBeInTheDocument();
});

test('explains a center outside my area as not found', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/centers/${ID}`]: () => problem(404, 'center.not-found'),
  });
  renderCenter();

  expect(await screen.findByRole('alert')).toHaveTextContent('ไม่พบศูนย์นี้ หรือศูนย์อยู่นอกพื้นที่รับผิดชอบของคุณ');
});

test('shows the partners section the app gives it, with the center and whether the user may write', async () => {
  centerApi({ 'GET /api/v1/me': createMe({ roles: ['VIEWER'], username: 'demo.viewer52' }) });
  const Partners = ({ centerId, canWrite }: { centerId: string; canWrite: boolean }) => (
    <p>{`partners of ${centerId}, may write: ${canWrite}`}</p>
  );
  renderRoute(<CenterRoute sections={[Partners]} />, { path: '/centers/:id', url: `/centers/${ID}` });

  expect(await screen.findByText(`partners of ${ID}, may write: false`)).toBeInTheDocument();
});

const PLACEHOLDER = '(ลบข้อมูลส่วนบุคคลแล้ว)';
const erased = createMember({
  fullName: PLACEHOLDER,
  phone: undefined,
  erasedAt: '2024-12-20T10:15:00+07:00',
  version: 2,
});

test('erases a member’s personal data after explaining it, sending the version shown', async () => {
  const sent: (string | null)[] = [];
  centerApi({
    [`GET /api/v1/centers/${ID}/members`]: () => json([sent.length === 0 ? createMember() : erased]),
    [`POST /api/v1/centers/${ID}/members/${erased.id}/erase`]: (request: Request) => {
      sent.push(request.headers.get('If-Match'));
      return json(erased);
    },
  });
  renderCenter();

  await userEvent.click(await screen.findByRole('button', { name: 'ลบข้อมูลส่วนบุคคลของ นางสมศรี มีสุข' }));
  const dialog = await screen.findByRole('dialog', { name: 'ลบข้อมูลส่วนบุคคลของสมาชิก' });
  expect(within(dialog).getByText(/เมื่อสมาชิกร้องขอ.*\(PDPA\)/)).toBeInTheDocument();
  expect(within(dialog).getByText(/ยังนับรวมในจำนวนสมาชิกของศูนย์/)).toBeInTheDocument();
  expect(within(dialog).getByText(/ลบแล้วเรียกคืนไม่ได้/)).toBeInTheDocument();

  await userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันลบข้อมูลส่วนบุคคล' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(sent).toEqual(['"1"']);
  const members = screen.getByRole('table', { name: 'รายชื่อคณะกรรมการและผู้นำจิตอาสาของศูนย์' });
  expect(await within(members).findByRole('rowheader', { name: PLACEHOLDER })).toBeInTheDocument();
  expect(within(members).queryByText('นางสมศรี มีสุข')).not.toBeInTheDocument();
  expect(within(members).queryByText('081-234-5678')).not.toBeInTheDocument();
  expect(within(members).getByText('ลบข้อมูลส่วนบุคคลแล้ว')).toBeInTheDocument();
});

test('says why erasing failed when someone changed the member first', async () => {
  centerApi({
    [`POST /api/v1/centers/${ID}/members/${erased.id}/erase`]: () =>
      problem(412, 'version.stale', 'Someone else saved this record first.', { currentVersion: 2 }),
  });
  renderCenter();

  await userEvent.click(await screen.findByRole('button', { name: 'ลบข้อมูลส่วนบุคคลของ นางสมศรี มีสุข' }));
  const dialog = await screen.findByRole('dialog', { name: 'ลบข้อมูลส่วนบุคคลของสมาชิก' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'ยืนยันลบข้อมูลส่วนบุคคล' }));

  expect(await within(dialog).findByText(/^มีผู้อื่นบันทึกข้อมูลนี้ก่อนคุณ/)).toBeInTheDocument();
});

test('shows an erased member with a badge and no edit or erase actions', async () => {
  centerApi({
    [`GET /api/v1/centers/${ID}/members`]: [erased],
    [`GET /api/v1/centers/${ID}/history`]: [
      createAuditEvent({
        entityType: 'CENTER_MEMBER',
        entityId: erased.id,
        action: 'ERASE',
        changes: [{ field: 'role', before: null, after: 'CHAIR' }],
        after: { role: 'CHAIR', erasedAt: erased.erasedAt },
      }),
    ],
  });
  renderCenter();

  const members = await screen.findByRole('table', { name: 'รายชื่อคณะกรรมการและผู้นำจิตอาสาของศูนย์' });
  const row = within(members).getByRole('rowheader', { name: PLACEHOLDER }).closest('tr') as HTMLElement;
  expect(within(row).getByText('ลบข้อมูลส่วนบุคคลแล้ว')).toBeInTheDocument();
  expect(within(row).getByText('เมื่อ 20 ธ.ค. 2567')).toBeInTheDocument();
  expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  // The member still counts: the add button and the row stay.
  expect(screen.getByRole('button', { name: 'เพิ่มสมาชิก' })).toBeInTheDocument();

  const history = screen.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  expect(await within(history).findByText('ลบข้อมูลส่วนบุคคลของสมาชิกตามคำขอ')).toBeInTheDocument();
  expect(within(history).queryByText(/ตำแหน่ง:/)).not.toBeInTheDocument();
});

test('shows personal data left out as a dash, never "undefined"', async () => {
  centerApi({
    [`GET /api/v1/centers/${ID}`]: createCenter({ phone: undefined }),
    [`GET /api/v1/centers/${ID}/members`]: [createMember({ fullName: undefined, phone: undefined })],
  });
  const { container } = renderCenter();

  const members = await screen.findByRole('table', { name: 'รายชื่อคณะกรรมการและผู้นำจิตอาสาของศูนย์' });
  expect(within(members).getByRole('rowheader', { name: '–' })).toBeInTheDocument();
  // The role names the row for the buttons.
  expect(within(members).getByRole('button', { name: 'แก้ไขข้อมูล ประธาน' })).toBeInTheDocument();
  expect(within(members).getByRole('button', { name: 'ลบข้อมูลส่วนบุคคลของ ประธาน' })).toBeInTheDocument();
  expect(screen.getByText('โทรศัพท์', { selector: 'dt' }).nextElementSibling).toHaveTextContent('–');
  expect(container.ownerDocument.body).not.toHaveTextContent(/undefined/);
});
