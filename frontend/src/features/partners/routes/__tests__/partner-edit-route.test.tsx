import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { PARTNER_ID, createPartner } from '../../testing/data-generators';
import { PartnerEditRoute } from '../partner-edit-route';

const mine = createPartner({ version: 2, contactPhone: '054-111222' });
// Meanwhile someone else changed the phone and saved version 3.
const theirs = createPartner({ version: 3, contactPhone: '054-999999' });

test('sends If-Match and re-applies my change on the version someone else saved first', async () => {
  const puts: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
  let reads = 0;
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/partners/similar': [],
    [`GET /api/v1/partners/${PARTNER_ID}`]: () => json(++reads === 1 ? mine : theirs),
    [`PUT /api/v1/partners/${PARTNER_ID}`]: async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      puts.push({ ifMatch: request.headers.get('If-Match'), body });
      if (request.headers.get('If-Match') !== '"3"') return problem(412, 'version.stale', '', { currentVersion: 3 });
      return json(createPartner({ ...theirs, ...body, version: 4 }));
    },
  });
  const { router } = renderRoute(<PartnerEditRoute />, { path: '/partners/:id/edit', url: `/partners/${PARTNER_ID}/edit` });

  const kind = await screen.findByRole('combobox', { name: 'ประเภทองค์กร' });
  await userEvent.clear(kind);
  await userEvent.type(kind, 'วัดราษฎร์');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  const dialog = await screen.findByRole('dialog', { name: 'มีผู้อื่นบันทึกข้อมูลก่อนคุณ' });
  expect(puts[0]?.ifMatch).toBe('"2"');
  const table = within(dialog).getByRole('table', { name: 'รายการที่แตกต่างกัน' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['ประเภทองค์กร', 'โทรศัพท์ผู้ประสานงาน']);

  await userEvent.click(within(dialog).getByRole('button', { name: 'นำการแก้ไขของฉันไปใช้กับฉบับล่าสุด' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('textbox', { name: 'โทรศัพท์ผู้ประสานงาน' })).toHaveValue('054-999999');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/partners/${PARTNER_ID}`));
  expect(puts[1]?.ifMatch).toBe('"3"');
  expect(puts[1]?.body).toMatchObject({ kind: 'วัดราษฎร์', contactPhone: '054-999999', areaCode: '5201' });
}, 15_000);

test('leaves a province-wide partner to the province', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/partners/${PARTNER_ID}`]: createPartner({ areaCode: '52', contactPerson: undefined, contactPhone: undefined }),
  });
  renderRoute(<PartnerEditRoute />, { path: '/partners/:id/edit', url: `/partners/${PARTNER_ID}/edit` });

  expect(await screen.findByText('ภาคีนี้ทำงานกว้างกว่าพื้นที่ของท่าน จังหวัดหรือกรมเป็นผู้ดูแลข้อมูล')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึก' })).not.toBeInTheDocument();
});
