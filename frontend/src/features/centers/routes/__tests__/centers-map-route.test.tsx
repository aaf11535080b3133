import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createCenter, createMe } from '@/testing/data-generators';
import { json, mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { CentersMapRoute } from '../centers-map-route';

vi.mock('../../components/leaflet-map', () => ({
  LeafletMap: ({ label, points }: { label: string; points: { label: string; href?: string }[] }) => (
    <ul aria-label={label}>
      {points.map((p) => (
        <li key={p.label}>{`${p.label} ${p.href}`}</li>
      ))}
    </ul>
  ),
}));

test('puts every located center of every page on the map and lists those without a point', async () => {
  const pages: string[] = [];
  const located = (n: number) => createCenter({ id: `c${n}`, name: `ศูนย์ ${n}` });
  mockApi({
    'GET /api/v1/me': createMe(),
    'GET /api/v1/centers': (request: Request) => {
      const pageNo = new URL(request.url).searchParams.get('page') ?? '0';
      pages.push(`${pageNo}/${new URL(request.url).searchParams.get('size')}`);
      const items =
        pageNo === '0'
          ? [located(1), located(2)]
          : [located(3), createCenter({ id: 'c4', name: 'ศูนย์ไม่มีพิกัด', latitude: undefined, longitude: undefined })];
      return json({ items, page: Number(pageNo), size: 200, totalItems: 4, totalPages: 2 });
    },
  });

  renderRoute(<CentersMapRoute />, { path: '/centers/map' });

  const map = await screen.findByRole('list', { name: 'แผนที่แสดงที่ตั้งศูนย์' });
  expect(within(map).getAllByRole('listitem')).toHaveLength(3);
  expect(within(map).getByText('ศูนย์ 3 /centers/c3')).toBeInTheDocument();
  expect(screen.getByText('แสดงบนแผนที่ 3 ศูนย์ ยังไม่มีพิกัด 1 ศูนย์')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'ศูนย์ไม่มีพิกัด' })).toHaveAttribute('href', '/centers/c4');
  expect(pages.sort()).toEqual(['0/200', '1/200']);
});
