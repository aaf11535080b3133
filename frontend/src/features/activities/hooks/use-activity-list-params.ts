import { useSearchParams } from 'react-router';
import { isActivityCategory, isActivityType, type ActivityCategory, type ActivityType } from '@/config/activity-types';
import type { ActivitiesQuery } from '../api/get-activities';

export const sortFields = ['heldOn', 'title', 'type', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = { field: SortField; descending: boolean };

export const pageSizes = [20, 50, 100] as const;
const DEFAULT_SIZE = 20;

export type ActivityListFilters = {
  fiscalYear: string;
  quarter: string;
  category: ActivityCategory | '';
  type: ActivityType | '';
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  centerId: string;
};

const filterKeys: readonly (keyof ActivityListFilters)[] = [
  'fiscalYear',
  'quarter',
  'category',
  'type',
  'provinceCode',
  'districtCode',
  'subdistrictCode',
  'centerId',
];

function parseSort(value: string | null): Sort | undefined {
  if (!value) return undefined;
  const descending = value.startsWith('-');
  const field = (descending ? value.slice(1) : value) as SortField;
  return sortFields.includes(field) ? { field, descending } : undefined;
}

const digits = (value: string | null, length: number) => (value && new RegExp(`^\\d{${length}}$`).test(value) ? value : '');

/**
 * The list's filters, sort and page live in the URL, so a list can be bookmarked, shared and
 * reloaded. The page is 1-based in the URL (as people count) and 0-based for the API.
 */
export function useActivityListParams() {
  const [params, setParams] = useSearchParams();
  const category = params.get('category');
  const type = params.get('type');
  const quarter = params.get('quarter') ?? '';
  const filters: ActivityListFilters = {
    fiscalYear: digits(params.get('fiscalYear'), 4),
    quarter: /^[1-4]$/.test(quarter) ? quarter : '',
    category: isActivityCategory(category) ? category : '',
    type: isActivityType(type) ? type : '',
    provinceCode: digits(params.get('provinceCode'), 2),
    districtCode: digits(params.get('districtCode'), 4),
    subdistrictCode: digits(params.get('subdistrictCode'), 6),
    centerId: params.get('centerId') ?? '',
  };
  const sort = parseSort(params.get('sort'));
  const page = Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1);
  const sizeParam = Number(params.get('size'));
  const size = (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : DEFAULT_SIZE;

  const query: ActivitiesQuery = {
    provinceCode: filters.provinceCode || undefined,
    districtCode: filters.districtCode || undefined,
    subdistrictCode: filters.subdistrictCode || undefined,
    centerId: filters.centerId || undefined,
    fiscalYear: filters.fiscalYear ? Number(filters.fiscalYear) : undefined,
    quarter: filters.fiscalYear && filters.quarter ? Number(filters.quarter) : undefined,
    category: filters.category || undefined,
    type: filters.type || undefined,
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
    setFilters: (changes: Partial<ActivityListFilters>) => update(changes),
    clearFilters: () => update(Object.fromEntries(filterKeys.map((key) => [key, undefined]))),
    setSort: (next: Sort) => update({ sort: `${next.descending ? '-' : ''}${next.field}` }),
    setPage: (next: number) => update({ page: next > 1 ? String(next) : undefined }, { resetPage: false }),
    setSize: (next: number) => update({ size: next === DEFAULT_SIZE ? undefined : String(next) }),
  };
}
