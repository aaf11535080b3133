import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { json, mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createMeeting } from '../../testing/meeting-data';
import { MeetingNewRoute } from '../meeting-new-route';

async function paste(label: string | RegExp, text: string) {
  await userEvent.click(screen.getByRole('textbox', { name: label }));
  await userEvent.paste(text);
}

test('checks the minutes before sending, then records the district’s meeting with its resolutions', async () => {
  const posts: Record<string, unknown>[] = [];
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/provinces/52/districts': [],
    'POST /api/v1/meetings': async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      posts.push(body);
      return json(createMeeting(), 201);
    },
  });
  renderRoute(<MeetingNewRoute />, { path: '/meetings/new' });

  await screen.findByRole('heading', { name: 'บันทึกการประชุมกลไกขับเคลื่อน' });
  await userEvent.click(screen.getByRole('button', { name: 'เพิ่มมติ' }));
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
  expect(await screen.findByText('กรุณาระบุวันที่ประชุม')).toBeInTheDocument();
  expect(screen.getAllByText('กรุณากรอกข้อมูลนี้')).toHaveLength(4); // place, title, agenda, resolution 1
  expect(posts).toHaveLength(0);

  await userEvent.type(screen.getByLabelText(/วันที่ประชุม/), '2024-11-05');
  await paste(/สถานที่ประชุม/, 'ที่ว่าการอำเภอ');
  await paste(/ชื่อการประชุม/, 'ประชุมคณะทำงาน ครั้งที่ 1/2568');
  await paste(/วาระการประชุม/, 'แผนไตรมาส 2');
  await userEvent.clear(screen.getByLabelText(/ผู้นำจิตอาสาพัฒนาชุมชน/));
  await paste(/ผู้นำจิตอาสาพัฒนาชุมชน/, '12');
  await paste(/^มติที่ 1/, 'ทุกศูนย์ทำแผน');
  await paste(/ผู้รับผิดชอบ/, 'พัฒนาการอำเภอ');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));

  await waitFor(() => expect(posts).toHaveLength(1));
  expect(posts[0]).toEqual({
    level: 'DISTRICT',
    areaCode: '5201',
    heldOn: '2024-11-05',
    place: 'ที่ว่าการอำเภอ',
    title: 'ประชุมคณะทำงาน ครั้งที่ 1/2568',
    agenda: 'แผนไตรมาส 2',
    attendees: { committee: 0, volunteerLeaders: 12, community: 0, partners: 0, officers: 0 },
    resolutions: [{ text: 'ทุกศูนย์ทำแผน', assignee: 'พัฒนาการอำเภอ' }],
  });
});

test('shows the server’s refusal of the area beside the area', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['PROVINCE_OFFICER'], area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' } }),
    'POST /api/v1/meetings': () =>
      problem(422, 'meeting.area.level', 'The area does not fit the level', {
      errors: [{ field: 'areaCode', code: 'meeting.area.level', message: 'a province meeting’s areaCode is the province’s 2 digits' }],
    }),
  });
  renderRoute(<MeetingNewRoute />, { path: '/meetings/new' });

  await screen.findByRole('heading', { name: 'บันทึกการประชุมกลไกขับเคลื่อน' });
  expect(screen.getByRole('radio', { name: 'ระดับจังหวัด' })).toBeChecked();
  await userEvent.type(screen.getByLabelText(/วันที่ประชุม/), '2024-11-05');
  await paste(/สถานที่ประชุม/, 'ศาลากลางจังหวัด');
  await paste(/ชื่อการประชุม/, 'ประชุมจังหวัด');
  await paste(/วาระการประชุม/, 'วาระ');
  await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
  const province = screen.getByRole('combobox', { name: /จังหวัด/ });
  await waitFor(() => expect(province).toHaveAttribute('aria-invalid', 'true'));
  expect(province).toHaveAccessibleDescription(/2 digits/);
});
