import { screen, waitFor, within } from '@testing-library/react';
import i18n from 'i18next';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDeadlineRef, createMyDeadline, DEADLINE_ID, DEADLINE_Q2_ID } from '../../testing/reporting-data';
import { MyDeadlinesCard } from '../my-deadlines-card';

const q2 = createDeadlineRef({
  id: DEADLINE_Q2_ID,
  quarter: 2,
  titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 2/2568',
  titleEn: 'Operation report Q2 FY2568',
  dueOn: '2025-03-14',
  nationalDueOn: '2025-03-14',
});

test('counts down to each due day in the Buddhist era, with the district’s standing', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/my-deadlines': [
      createMyDeadline({ daysLeft: -2, standing: 'MISSING' }),
      createMyDeadline({ deadline: q2, daysLeft: 7, standing: 'DRAFT' }),
    ],
  });
  renderRoute(<MyDeadlinesCard />);

  const card = await screen.findByRole('region', { name: 'กำหนดส่งรายงานของฉัน' });
  const items = await within(card).findAllByRole('listitem');
  expect(items[0]).toHaveTextContent('เลยกำหนด 2 วัน (กำหนด 13 ธ.ค. 2567)');
  expect(items[0]).toHaveTextContent('เลยกำหนด ยังไม่ส่ง');
  expect(items[1]).toHaveTextContent('อีก 7 วัน (ภายใน 14 มี.ค. 2568)');
  expect(items[1]).toHaveTextContent('ร่าง ยังไม่ส่ง');
  expect(within(items[0] as HTMLElement).getByRole('link', { name: 'รายงานผลการดำเนินงาน ไตรมาส 1/2568' })).toHaveAttribute(
    'href',
    `/reports/${DEADLINE_ID}/5201`,
  );
});

test('says the countdown in English too', async () => {
  await i18n.changeLanguage('en');
  mockApi({ 'GET /api/v1/me': createMe(), 'GET /api/v1/my-deadlines': [createMyDeadline({ daysLeft: 1 })] });
  renderRoute(<MyDeadlinesCard />);
  expect(await screen.findByText('1 day left (due 13 Dec 2567 BE)')).toBeInTheDocument();
});

test('shows a province how many districts reported and links to its review queue', async () => {
  mockApi({
    'GET /api/v1/me': createMe({
      roles: ['PROVINCE_OFFICER'],
      area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    }),
    'GET /api/v1/my-deadlines': [
      createMyDeadline({
        daysLeft: 0,
        standing: undefined,
        counts: { NOT_STARTED: 4, DRAFT: 2, SUBMITTED_ON_TIME: 3, SUBMITTED_LATE: 0, RETURNED: 1, ACCEPTED: 3, MISSING: 0 },
      }),
    ],
  });
  renderRoute(<MyDeadlinesCard />);

  const card = await screen.findByRole('region', { name: 'กำหนดส่งรายงานของฉัน' });
  expect(await within(card).findByText('ครบกำหนดวันนี้ (13 ธ.ค. 2567)')).toBeInTheDocument();
  expect(within(card).getByText('ส่งแล้ว 7 จาก 13 อำเภอ · รอตรวจ 3 · เลยกำหนดยังไม่ส่ง 0')).toBeInTheDocument();
  expect(within(card).getByRole('link', { name: 'รายงานผลการดำเนินงาน ไตรมาส 1/2568' })).toHaveAttribute(
    'href',
    `/reports/queue?fiscalYear=2568&deadlineId=${DEADLINE_ID}`,
  );
});

test('stays away from API clients, whom the countdown does not serve', async () => {
  const fetch = mockApi({ 'GET /api/v1/me': createMe({ roles: ['API_CLIENT'] }) });
  renderRoute(<MyDeadlinesCard />);
  const paths = () => fetch.mock.calls.map(([input]) => new URL((input as Request).url).pathname);
  await waitFor(() => expect(paths()).toContain('/api/v1/me'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(paths()).not.toContain('/api/v1/my-deadlines');
  expect(screen.queryByRole('region', { name: 'กำหนดส่งรายงานของฉัน' })).not.toBeInTheDocument();
});
