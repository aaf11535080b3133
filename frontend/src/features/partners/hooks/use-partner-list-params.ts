import { useSearchParams } from 'react-router';
import { sectors, type PartnersQuery, type Sector } from '../api/get-partners';

export const sortFields = ['name', 'sector', 'areaCode', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = { field: SortField; descending: boolean };

export const pageSizes = [20, 50, 100] as const;
const DEFAULT_SIZE = 20;

export type ActiveFilter = '' | 'true' | 'false';

export type PartnerListFilters = {
  /** A province (2 digits) or district (4 digits); empty for all the user may see. */
  areaCode: string;
  sector: Sector | '';
  active: ActiveFilter;
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
export function usePartnerListParams() {
  const [params, setParams] = useSearchParams();
  const sector = params.get('sector') as Sector | null;
  const active = params.get('active');
  const areaCode = params.get('areaCode') ?? '';
  const filters: PartnerListFilters = {
    areaCode: /^\d{2}(\d{2})?$/.test(areaCode) ? areaCode : '',
    sector: sector && sectors.includes(sector) ? sector : '',
    active: active === 'true' || active === 'false' ? active : '',
    q: params.get('q') ?? '',
  };
  const sort = parseSort(params.get('sort'));
  const page = Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1);
  const sizeParam = Number(params.get('size'));
  const size = (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : DEFAULT_SIZE;

  const query: PartnersQuery = {
    areaCode: filters.areaCode || undefined,
    sector: filters.sector || undefined,
    active: filters.active ? filters.active === 'true' : undefined,
    q: filters.q || undefined,
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
    setFilters: (changes: Partial<PartnerListFilters>) => update(changes),
    clearFilters: () => update({ areaCode: undefined, sector: undefined, active: undefined, q: undefined }),
    setSort: (next: Sort) => update({ sort: `${next.descending ? '-' : ''}${next.field}` }),
    setPage: (next: number) => update({ page: next > 1 ? String(next) : undefined }, { resetPage: false }),
    setSize: (next: number) => update({ size: next === DEFAULT_SIZE ? undefined : String(next) }),
  };
}
