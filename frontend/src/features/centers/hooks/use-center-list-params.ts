import { useSearchParams } from 'react-router';
import type { CenterStatus, CentersQuery } from '../api/get-centers';

export const sortFields = ['name', 'subdistrictCode', 'status', 'establishedOn', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = { field: SortField; descending: boolean };

export const pageSizes = [20, 50, 100] as const;
const DEFAULT_SIZE = 20;
const statuses: readonly CenterStatus[] = ['ACTIVE', 'SUSPENDED', 'CLOSED'];

export type CenterListFilters = {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  status: CenterStatus | '';
  q: string;
};

function parseSort(value: string | null): Sort | undefined {
  if (!value) return undefined;
  const descending = value.startsWith('-');
  const field = (descending ? value.slice(1) : value) as SortField;
  return sortFields.includes(field) ? { field, descending } : undefined;
}

/**
 * The list's filters, sort and page live in the URL, so a list can be bookmarked, shared and
 * reloaded. The page is 1-based in the URL (as people count) and 0-based for the API.
 */
export function useCenterListParams() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as CenterStatus | null;
  const filters: CenterListFilters = {
    provinceCode: params.get('provinceCode') ?? '',
    districtCode: params.get('districtCode') ?? '',
    subdistrictCode: params.get('subdistrictCode') ?? '',
    status: status && statuses.includes(status) ? status : '',
    q: params.get('q') ?? '',
  };
  const sort = parseSort(params.get('sort'));
  const page = Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1);
  const sizeParam = Number(params.get('size'));
  const size = (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : DEFAULT_SIZE;

  const query: CentersQuery = {
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')),
    sort: sort ? `${sort.descending ? '-' : ''}${sort.field}` : undefined,
    page: page - 1,
    size,
  };

  const update = (changes: Record<string, string | undefined>, { resetPage = true } = {}) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (resetPage) next.delete('page');
        return next;
      },
      { replace: true },
    );

  return {
    filters,
    sort,
    page,
    size,
    query,
    setFilters: (changes: Partial<CenterListFilters>) => update(changes),
    clearFilters: () =>
      update({ provinceCode: undefined, districtCode: undefined, subdistrictCode: undefined, status: undefined, q: undefined }),
    setSort: (next: Sort) => update({ sort: `${next.descending ? '-' : ''}${next.field}` }),
    setPage: (next: number) => update({ page: next > 1 ? String(next) : undefined }, { resetPage: false }),
    setSize: (next: number) => update({ size: next === DEFAULT_SIZE ? undefined : String(next) }),
  };
}
