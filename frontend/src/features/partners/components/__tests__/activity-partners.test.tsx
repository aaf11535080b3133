import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe, page } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createPartner } from '../../testing/data-generators';
import { ActivityPartners } from '../activity-partners';

const ACTIVITY_ID = '5b0c7d1e-2f4a-4a8e-9a51-000000000001';
const TEMPLE = createPartner();
const SCHOOL = createPartner({ id: '9a1b2c3d-0000-4000-8000-000000000002', name: 'โรงเรียนบ้านป่าขาม', sector: 'EDUCATION' });

function activityApi() {
  const puts: unknown[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/activities/${ACTIVITY_ID}/partners`]: [TEMPLE],
    'GET /api/v1/partners': page([TEMPLE, SCHOOL]),
    [`PUT /api/v1/activities/${ACTIVITY_ID}/partners`]: async (request: Request) => {
      const body = (await request.json()) as { partnerIds: string[] };
      puts.push(body);
      return json([TEMPLE, SCHOOL].filter((p) => body.partnerIds.includes(p.id)));
    },
  });
  return { puts };
}

test('lists the partners who took part and saves a new choice as a whole list', async () => {
  const api = activityApi();
  renderRoute(<ActivityPartners activityId={ACTIVITY_ID} canWrite />);

  const list = await screen.findByRole('list', { name: 'ภาคีเครือข่ายที่ร่วมกิจกรรมนี้' });
  expect(within(list).getByRole('link', { name: 'วัดพระธาตุลำปางหลวง' })).toBeInTheDocument();
  const save = screen.getByRole('button', { name: 'บันทึกภาคีที่ร่วมกิจกรรม' });
  expect(save).toBeDisabled();

  await userEvent.click(screen.getByRole('combobox', { name: 'เลือกภาคีเครือข่ายที่ร่วมกิจกรรม' }));
  // jsdom lays nothing out, so the dropdown counts as hidden.
  await userEvent.click(await screen.findByRole('option', { name: /โรงเรียนบ้านป่าขาม/, hidden: true }));
  await userEvent.click(save);

  await waitFor(() => expect(api.puts).toEqual([{ partnerIds: [TEMPLE.id, SCHOOL.id] }]));
  expect(await within(list).findByRole('link', { name: 'โรงเรียนบ้านป่าขาม' })).toBeInTheDocument();
}, 15_000);

test('only lists the partners to a viewer', async () => {
  activityApi();
  renderRoute(<ActivityPartners activityId={ACTIVITY_ID} canWrite={false} />);

  expect(await screen.findByRole('link', { name: 'วัดพระธาตุลำปางหลวง' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'บันทึกภาคีที่ร่วมกิจกรรม' })).not.toBeInTheDocument();
});
