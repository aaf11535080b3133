import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { expect, test } from 'vitest';
import { oneOfParam, patternParam, textParam, useListParams } from '../list-params';

type Filters = { areaCode: string; status: 'OPEN' | 'SHUT' | ''; q: string };

const schema = {
  filters: { areaCode: patternParam(/^\d{2}$/), status: oneOfParam(['OPEN', 'SHUT'] as const), q: textParam },
  sortFields: ['name', 'updatedAt'] as const,
};

/** The hook at a URL, with the URL it leads to after each change. */
function renderAt(url: string) {
  const result = renderHook(
    () => ({ list: useListParams<Filters, 'name' | 'updatedAt'>(schema), location: useLocation() }),
    {
      wrapper: ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>,
    },
  );
  const search = () => new URLSearchParams(result.result.current.location.search).toString();
  return { ...result, search };
}

test('reads filters, sort, page and size from the URL, and gives the API its 0-based page', () => {
  const { result } = renderAt('/?areaCode=52&status=OPEN&q=วัด&sort=-updatedAt&page=3&size=50');

  expect(result.current.list.filters).toEqual({ areaCode: '52', status: 'OPEN', q: 'วัด' });
  expect(result.current.list.sort).toEqual({ field: 'updatedAt', descending: true });
  expect(result.current.list.page).toBe(3);
  expect(result.current.list.size).toBe(50);
  expect(result.current.list.pageQuery).toEqual({ sort: '-updatedAt', page: 2, size: 50 });
});

test('drops what the list does not know instead of sending it', () => {
  const { result } = renderAt('/?areaCode=5x&status=GONE&sort=secret&page=-4&size=7');

  expect(result.current.list.filters).toEqual({ areaCode: '', status: '', q: '' });
  expect(result.current.list.sort).toBeUndefined();
  expect(result.current.list.pageQuery).toEqual({ sort: undefined, page: 0, size: 20 });
});

test('goes back to the first page when a filter, the sort or the size changes, not when the page does', () => {
  const { result, search } = renderAt('/?q=a&page=4&other=kept');

  act(() => result.current.list.setPage(5));
  expect(search()).toBe('q=a&page=5&other=kept');

  act(() => result.current.list.setFilters({ status: 'SHUT' }));
  expect(search()).toBe('q=a&other=kept&status=SHUT');

  act(() => result.current.list.setPage(2));
  act(() => result.current.list.setSort({ field: 'name', descending: false }));
  expect(search()).toBe('q=a&other=kept&status=SHUT&sort=name');

  act(() => result.current.list.setPage(2));
  act(() => result.current.list.setSize(100));
  expect(search()).toBe('q=a&other=kept&status=SHUT&sort=name&size=100');
});

test('keeps defaults out of the URL and clears only the filters', () => {
  const { result, search } = renderAt('/?areaCode=52&q=a&sort=name&size=50&page=2');

  act(() => result.current.list.setPage(1));
  act(() => result.current.list.setSize(20));
  expect(search()).toBe('areaCode=52&q=a&sort=name');

  act(() => result.current.list.clearFilters());
  expect(search()).toBe('sort=name');
});
