import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { PARTNER_ID, createPartner, createPartnerLink } from '../../testing/data-generators';
import { PartnerRoute } from '../partner-route';

const renderPartner = () =>
  renderRoute(<PartnerRoute />, { path: '/partners/:id', url: `/partners/${PARTNER_ID}` });

test('shows a partner of my district with its contact and the centers it supports', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/partners/${PARTNER_ID}`]: createPartner(),
    [`GET /api/v1/partners/${PARTNER_ID}/links`]: [
      createPartnerLink({ fiscalYear: 2568, supports: ['KNOWLEDGE', 'BUDGET'], budgetBaht: 5000 }),
      createPartnerLink({ id: 'l2', fiscalYear: 2567, supports: ['RESOURCES'] }),
    ],
  });
  renderPartner();

  expect(await screen.findByRole('heading', { level: 2, name: 'วัดพระธาตุลำปางหลวง' })).toBeInTheDocument();
  expect(screen.getByText('พระครูสมุห์สมชาย')).toBeInTheDocument();
  expect(screen.getByText('054-111222')).toBeInTheDocument();
  expect(screen.getByText('20 พฤศจิกายน 2567')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'แก้ไขข้อมูลภาคี' })).toHaveAttribute('href', `/partners/${PARTNER_ID}/edit`);

  const links = await screen.findByRole('table', { name: 'ศูนย์ที่ภาคีนี้สนับสนุนในพื้นที่ของท่าน' });
  const rows = within(links).getAllByRole('row').slice(1);
  expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '2568',
    'องค์ความรู้และงบประมาณ',
    '฿5,000.00',
    '–',
  ]);
  expect(within(rows[0]!).getByRole('link', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ' })).toHaveAttribute(
    'href',
    '/centers/0b9f3c52-1c3e-4a43-9d55-000000000001',
  );
  expect(within(rows[1]!).getByText('ทรัพยากร')).toBeInTheDocument();
});

test('says the contact is not shown for a partner outside my area, and offers no edit', async () => {
  // The province keeps this partner; the server leaves its contact out for a district officer.
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/partners/${PARTNER_ID}`]: createPartner({
      areaCode: '52',
      area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
      contactPerson: undefined,
      contactPhone: undefined,
    }),
    [`GET /api/v1/partners/${PARTNER_ID}/links`]: [],
  });
  renderPartner();

  await screen.findByRole('heading', { level: 2, name: 'วัดพระธาตุลำปางหลวง' });
  expect(screen.getAllByText('ไม่แสดง (อยู่นอกพื้นที่ของท่าน)')).toHaveLength(2);
  expect(screen.queryByRole('link', { name: 'แก้ไขข้อมูลภาคี' })).not.toBeInTheDocument();
  expect(await screen.findByText('ยังไม่มีศูนย์ในพื้นที่ของท่านที่ภาคีนี้สนับสนุน')).toBeInTheDocument();
});

test('shows the same partner with its contact to the provincial officer', async () => {
  mockApi({
    'GET /api/v1/me': createMe({
      roles: ['PROVINCE_OFFICER'],
      area: { level: 'PROVINCE', code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    }),
    [`GET /api/v1/partners/${PARTNER_ID}`]: createPartner({ areaCode: '52', contactPerson: 'นางสาวจันทร์ ดี' }),
    [`GET /api/v1/partners/${PARTNER_ID}/links`]: [],
  });
  renderPartner();

  expect(await screen.findByText('นางสาวจันทร์ ดี')).toBeInTheDocument();
  expect(screen.queryByText('ไม่แสดง (อยู่นอกพื้นที่ของท่าน)')).not.toBeInTheDocument();
});

test('explains a partner outside my area as not found', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    [`GET /api/v1/partners/${PARTNER_ID}`]: () => problem(404, 'partner.not-found'),
    [`GET /api/v1/partners/${PARTNER_ID}/links`]: () => problem(404, 'partner.not-found'),
  });
  renderPartner();

  expect(await screen.findByRole('alert')).toHaveTextContent('ไม่พบภาคีเครือข่ายนี้ หรือภาคีอยู่นอกพื้นที่รับผิดชอบของคุณ');
});
