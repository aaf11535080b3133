import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createFiscalYear, createMe, page } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CENTER_ID, createPartner, createPartnerLink } from '../../testing/data-generators';
import { CenterPartnersSection } from '../center-partners-section';

const CURRENT = { fiscalYear: 2568, quarter: 1, startsOn: '2024-10-01', endsOn: '2024-12-31', labelTh: 'ไตรมาส 1/2568', labelEn: 'Q1 FY2568' };
const SCHOOL = createPartner({ id: '9a1b2c3d-0000-4000-8000-000000000002', name: 'โรงเรียนบ้านป่าขาม', sector: 'EDUCATION', kind: 'โรงเรียน' });
const SLOW = 15_000;

function sectionApi(links = [createPartnerLink()], overrides: Record<string, unknown> = {}) {
  const posts: Record<string, unknown>[] = [];
  const puts: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
  const searches: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/fiscal-calendar': CURRENT,
    'GET /api/v1/fiscal-years': [createFiscalYear(2567), createFiscalYear(2568)],
    [`GET /api/v1/centers/${CENTER_ID}/partner-links`]: links,
    'GET /api/v1/partners': (request: Request) => {
      const q = new URL(request.url).searchParams.get('q');
      searches.push(q);
      return json(page(q ? [SCHOOL].filter((p) => p.name.includes(q) || p.kind?.includes(q)) : [createPartner()]));
    },
    [`POST /api/v1/centers/${CENTER_ID}/partner-links`]: async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      posts.push(body);
      return json(createPartnerLink({ ...body, id: 'new-link', partnerName: SCHOOL.name, sector: 'EDUCATION' }), 201);
    },
    'PUT /api/v1/partner-links/4c5d6e7f-0000-4000-8000-000000000001': async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      return json(createPartnerLink({ ...body, version: 2 }));
    },
    ...overrides,
  });
  return { posts, puts, searches };
}

const renderSection = (canWrite = true) =>
  renderRoute(<CenterPartnersSection centerId={CENTER_ID} canWrite={canWrite} />);

test('lists the partners supporting the center by fiscal year, newest first', async () => {
  sectionApi([
    createPartnerLink({ fiscalYear: 2567, supports: ['RESOURCES'] }),
    createPartnerLink({ id: 'l2', fiscalYear: 2568, supports: ['KNOWLEDGE', 'BUDGET'], budgetBaht: 1500.5 }),
  ]);
  renderSection();

  const tables = await screen.findAllByRole('table');
  expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual([
    'ภาคีเครือข่ายที่สนับสนุนศูนย์ ปีงบประมาณ 2568',
    'ภาคีเครือข่ายที่สนับสนุนศูนย์ ปีงบประมาณ 2567',
  ]);
  const row = within(tables[0]!).getByRole('row', { name: /วัดพระธาตุลำปางหลวง/ });
  expect(within(row).getByText('ภาคศาสนา')).toBeInTheDocument();
  expect(within(row).getByText('องค์ความรู้และงบประมาณ')).toBeInTheDocument();
  expect(within(row).getByText('฿1,500.50')).toBeInTheDocument();
  expect(within(row).getByRole('link', { name: 'วัดพระธาตุลำปางหลวง' })).toHaveAttribute(
    'href',
    '/partners/9a1b2c3d-0000-4000-8000-000000000001',
  );
});

test('asks for a budget only with budget support, for the current fiscal year by default', async () => {
  const api = sectionApi([]);
  renderSection();
  expect(await screen.findByText('ยังไม่มีภาคีเครือข่ายที่สนับสนุนศูนย์นี้')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มภาคีที่สนับสนุน' }));
  const dialog = await screen.findByRole('dialog', { name: 'เพิ่มภาคีที่สนับสนุนศูนย์' });
  await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'ปีงบประมาณ' })).toHaveValue('2568'));

  // The partner is found on the server by what is typed.
  await userEvent.type(within(dialog).getByRole('combobox', { name: 'ภาคีเครือข่าย' }), 'โรงเรียน');
  await waitFor(() => expect(api.searches).toContain('โรงเรียน'));
  // jsdom lays nothing out, so the dropdown counts as hidden.
  await userEvent.click(await screen.findByRole('option', { name: /โรงเรียนบ้านป่าขาม/, hidden: true }));

  expect(within(dialog).queryByRole('textbox', { name: 'งบประมาณ (บาท)' })).not.toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'องค์ความรู้' }));
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'งบประมาณ' }));
  const budget = within(dialog).getByRole('textbox', { name: 'งบประมาณ (บาท)' });
  await userEvent.type(budget, '5000');
  // Taking budget support away takes the amount with it.
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'งบประมาณ' }));
  expect(within(dialog).queryByRole('textbox', { name: 'งบประมาณ (บาท)' })).not.toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'งบประมาณ' }));
  expect(within(dialog).getByRole('textbox', { name: 'งบประมาณ (บาท)' })).toHaveValue('');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'งบประมาณ (บาท)' }), '2500');

  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(api.posts).toEqual([{ partnerId: SCHOOL.id, fiscalYear: 2568, supports: ['KNOWLEDGE', 'BUDGET'], budgetBaht: 2500 }]);
}, SLOW);

test('sends no amount without budget support and requires a kind of support', async () => {
  const api = sectionApi([]);
  renderSection();
  await userEvent.click(await screen.findByRole('button', { name: 'เพิ่มภาคีที่สนับสนุน' }));
  const dialog = await screen.findByRole('dialog', { name: 'เพิ่มภาคีที่สนับสนุนศูนย์' });
  await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'ปีงบประมาณ' })).toHaveValue('2568'));
  await userEvent.click(within(dialog).getByRole('combobox', { name: 'ภาคีเครือข่าย' }));
  await userEvent.click(await screen.findByRole('option', { name: /วัดพระธาตุลำปางหลวง/, hidden: true }));

  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
  expect(within(dialog).getByText('กรุณาเลือกรูปแบบการสนับสนุนอย่างน้อยหนึ่งรูปแบบ')).toBeInTheDocument();
  expect(api.posts).toHaveLength(0);

  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'การต่อยอด' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(api.posts).toHaveLength(1));
  expect(api.posts[0]).toEqual({ partnerId: createPartner().id, fiscalYear: 2568, supports: ['SCALING_UP'] });
}, SLOW);

test('edits a link with If-Match, keeping its partner and year', async () => {
  const api = sectionApi([createPartnerLink({ supports: ['BUDGET'], budgetBaht: 1000, version: 1 })]);
  renderSection();
  await userEvent.click(
    await screen.findByRole('button', { name: 'แก้ไขการสนับสนุนของ วัดพระธาตุลำปางหลวง ปีงบประมาณ 2568' }),
  );
  const dialog = await screen.findByRole('dialog', { name: 'แก้ไขการสนับสนุน' });
  expect(within(dialog).queryByRole('combobox', { name: 'ภาคีเครือข่าย' })).not.toBeInTheDocument();
  expect(within(dialog).getByRole('textbox', { name: 'งบประมาณ (บาท)' })).toHaveValue('1,000');

  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'ทรัพยากร' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(api.puts).toHaveLength(1));
  expect(api.puts[0]).toEqual({
    ifMatch: '"1"',
    body: { partnerId: createPartner().id, fiscalYear: 2568, supports: ['BUDGET', 'RESOURCES'], budgetBaht: 1000 },
  });
}, SLOW);

test('points to the existing link when the partner already supports the center that year', async () => {
  sectionApi([], {
    [`POST /api/v1/centers/${CENTER_ID}/partner-links`]: () => problem(409, 'partner.link.exists'),
  });
  renderSection();
  await userEvent.click(await screen.findByRole('button', { name: 'เพิ่มภาคีที่สนับสนุน' }));
  const dialog = await screen.findByRole('dialog', { name: 'เพิ่มภาคีที่สนับสนุนศูนย์' });
  await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'ปีงบประมาณ' })).toHaveValue('2568'));
  await userEvent.click(within(dialog).getByRole('combobox', { name: 'ภาคีเครือข่าย' }));
  await userEvent.click(await screen.findByRole('option', { name: /วัดพระธาตุลำปางหลวง/, hidden: true }));
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'องค์ความรู้' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

  expect(await within(dialog).findByText('ภาคีนี้สนับสนุนศูนย์นี้ในปีงบประมาณนี้อยู่แล้ว ให้แก้ไขรายการเดิมแทน')).toBeInTheDocument();
}, SLOW);

test('offers no changes to a viewer', async () => {
  sectionApi();
  renderSection(false);
  await screen.findByRole('table');
  expect(screen.queryByRole('button', { name: 'เพิ่มภาคีที่สนับสนุน' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /แก้ไขการสนับสนุน/ })).not.toBeInTheDocument();
});
