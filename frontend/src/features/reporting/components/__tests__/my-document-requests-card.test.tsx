import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { createDocumentRequest, REQUEST_ID } from '../../testing/document-data';
import { MyDocumentRequestsCard } from '../my-document-requests-card';

const mine = (standing: 'NOT_STARTED' | 'SUBMITTED_ON_TIME' | 'RETURNED', id: string, title: string) =>
  createDocumentRequest({
    id,
    title,
    canReview: false,
    offices: 1,
    myOffice: { office: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' }, standing, files: 0 },
  });

test('an office sees the requests it still has to answer, each leading to its own answer', async () => {
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/document-requests': {
      items: [mine('NOT_STARTED', REQUEST_ID, 'แบบสำรวจ'), mine('SUBMITTED_ON_TIME', 'done', 'ส่งแล้ว'), mine('RETURNED', 'back', 'แก้ไข')],
      page: 0,
      size: 50,
      totalItems: 3,
      totalPages: 1,
    },
  });
  renderRoute(<MyDocumentRequestsCard />);

  const card = await screen.findByRole('region', { name: 'คำขอเอกสารที่ต้องส่ง' });
  const links = within(card).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
  expect(links).toEqual([
    ['คำขอทั้งหมด', '/documents'],
    ['แบบสำรวจ', `/documents/${REQUEST_ID}/5201`],
    ['แก้ไข', '/documents/back/5201'],
  ]);
});

test('the department, which answers no request, gets no card', async () => {
  mockApi({
    'GET /api/v1/me': createMe({ roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } }),
  });
  renderRoute(<MyDocumentRequestsCard />);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
});
