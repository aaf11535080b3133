import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createPartner, createSimilarPartner } from '../../testing/data-generators';
import { PartnerNewRoute } from '../partner-new-route';

const EXISTING = createSimilarPartner({ id: '9a1b2c3d-0000-4000-8000-000000000009', name: 'วัดพระธาตุลำปางหลวง' });
const NEW_ID = '9a1b2c3d-0000-4000-8000-000000000010';

function newPartnerApi() {
  const similar: URLSearchParams[] = [];
  const posts: Record<string, unknown>[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/partners/similar': (request: Request) => {
      const query = new URL(request.url).searchParams;
      similar.push(query);
      return json(query.get('name')?.startsWith('วัดพระธาตุ') ? [EXISTING] : []);
    },
    'POST /api/v1/partners': async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      posts.push(body);
      if (!body.acknowledgeDuplicates) {
        return problem(409, 'partner.possible-duplicate', 'A partner with a very similar name exists', {
          errors: [{ field: 'name', code: 'partner.possible-duplicate', message: EXISTING.name }],
        });
      }
      return json(createPartner({ ...body, id: NEW_ID, version: 0 }), 201);
    },
  });
  return { similar, posts };
}

// Typing Thai key by key re-renders the form each time; pasting keeps the tests that need no typing quick.
async function fillForm(name: string, { type = false } = {}) {
  const box = await screen.findByRole('textbox', { name: 'ชื่อภาคีเครือข่าย' });
  if (type) {
    await userEvent.type(box, name);
  } else {
    await userEvent.click(box);
    await userEvent.paste(name);
  }
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'ภาคส่วน' }), 'RELIGION');
}

const SLOW = 15_000;

test('warns while typing that the name may duplicate a partner of the province', async () => {
  const api = newPartnerApi();
  renderRoute(<PartnerNewRoute />, { path: '/partners/new' });

  await fillForm('วัดพระธาตุ', { type: true });

  const notice = await screen.findByRole('status', {}, { timeout: 3000 });
  expect(notice).toHaveTextContent('อาจซ้ำกับ:');
  expect(within(notice).getByRole('link', { name: /วัดพระธาตุลำปางหลวง/ })).toHaveAttribute('href', `/partners/${EXISTING.id}`);
  // The look-up waits for a pause in typing: one call for the whole name, in the officer's district.
  expect(api.similar.map((q) => q.get('name'))).toEqual(['วัดพระธาตุ']);
  expect(api.similar[0]?.get('areaCode')).toBe('5201');
}, SLOW);

test('suggests kinds of organisation for the chosen sector while allowing any text', async () => {
  newPartnerApi();
  renderRoute(<PartnerNewRoute />, { path: '/partners/new' });
  await fillForm('มัสยิดกลางลำปาง');

  const kind = screen.getByRole('combobox', { name: 'ประเภทองค์กร' });
  await userEvent.click(kind);
  const options = within(await screen.findByRole('listbox', { hidden: true })).getAllByRole('option', { hidden: true });
  expect(options.map((option) => option.textContent)).toEqual(expect.arrayContaining(['วัด', 'โบสถ์', 'มัสยิด']));
  expect(options.map((option) => option.textContent)).not.toContain('โรงเรียน');

  await userEvent.type(kind, 'ศาสนสถาน');
  expect(kind).toHaveValue('ศาสนสถาน');
}, SLOW);

test('shows the similar partner when the server answers 409 and saves as new on confirmation', async () => {
  const api = newPartnerApi();
  const { router } = renderRoute(<PartnerNewRoute />, { path: '/partners/new' });
  await fillForm('วัดพระธาตุลำปางหลวง ');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  const alert = await screen.findByRole('alert', { name: 'จังหวัดนี้มีภาคีชื่อคล้ายกันอยู่แล้ว' });
  expect(within(alert).getByRole('link', { name: /วัดพระธาตุลำปางหลวง/ })).toHaveAttribute('href', `/partners/${EXISTING.id}`);
  expect(api.posts).toHaveLength(1);
  expect(api.posts[0]).toMatchObject({ name: 'วัดพระธาตุลำปางหลวง', sector: 'RELIGION', areaCode: '5201', active: true });
  expect(api.posts[0]).not.toHaveProperty('acknowledgeDuplicates');

  await userEvent.click(within(alert).getByRole('button', { name: 'บันทึกเป็นภาคีใหม่' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/partners/${NEW_ID}`));
  expect(api.posts[1]).toMatchObject({ name: 'วัดพระธาตุลำปางหลวง', acknowledgeDuplicates: true });
});

test('checks required fields before sending', async () => {
  const api = newPartnerApi();
  renderRoute(<PartnerNewRoute />, { path: '/partners/new' });
  await userEvent.click(await screen.findByRole('button', { name: 'บันทึก' }));

  expect(screen.getByRole('textbox', { name: 'ชื่อภาคีเครือข่าย' })).toHaveAccessibleDescription('กรุณากรอกข้อมูลนี้');
  expect(screen.getByRole('combobox', { name: 'ภาคส่วน' })).toHaveAccessibleDescription(/กรุณาเลือกภาคส่วน/);
  expect(screen.getByRole('textbox', { name: 'ชื่อภาคีเครือข่าย' })).toHaveFocus();
  expect(api.posts).toHaveLength(0);
});
