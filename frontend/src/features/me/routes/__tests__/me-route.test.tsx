import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { MeRoute } from '../me-route';

test('shows who I am, my roles and my area', async () => {
  mockApi({ 'GET /api/v1/me': createMe({ roles: ['DISTRICT_OFFICER', 'VIEWER'] }) });

  renderRoute(<MeRoute />, { path: '/me' });

  expect(await screen.findByText('สมชาย ใจดี')).toBeInTheDocument();
  expect(screen.getByText('demo.district5201')).toBeInTheDocument();
  expect(screen.getByText('เจ้าหน้าที่พัฒนาชุมชนอำเภอ')).toBeInTheDocument();
  expect(screen.getByText('ผู้ดูข้อมูล')).toBeInTheDocument();
  expect(screen.getByText('เมืองลำปาง')).toBeInTheDocument();
  expect(screen.getByText('Mueang Lampang')).toBeInTheDocument();
});
