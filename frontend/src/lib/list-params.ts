import { useUrlParams } from './search-params';

export const pageSizes = [20, 50, 100] as const;
const DEFAULT_SIZE = 20;

export type Sort<F extends string> = { field: F; descending: boolean };

/** Reads one filter from the URL; a value the list does not know reads as '' (no filter). */
export type FilterParam<T extends string> = (value: string | null) => T;

export const textParam: FilterParam<string> = (value) => value ?? '';

export const oneOfParam =
  <T extends string>(allowed: readonly T[]): FilterParam<T | ''> =>
  (value) =>
    allowed.includes(value as T) ? (value as T) : '';

export const patternParam =
  (pattern: RegExp): FilterParam<string> =>
  (value) =>
    value && pattern.test(value) ? value : '';

/** What a list keeps in the URL besides its page: how each filter reads, and the columns it sorts by. */
export type ListSchema<Filters extends Record<string, string>, F extends string> = {
  filters: { [K in keyof Filters]: FilterParam<Filters[K]> };
  sortFields: readonly F[];
};

/** The sort, page and size as the API takes them: `-field` for descending, pages from 0. */
export type PageQuery = { sort?: string; page: number; size: number };

const sortParam = <F extends string>(sort: Sort<F>) => `${sort.descending ? '-' : ''}${sort.field}`;

function parseSort<F extends string>(value: string | null, fields: readonly F[]): Sort<F> | undefined {
  if (!value) return undefined;
  const descending = value.startsWith('-');
  const field = (descending ? value.slice(1) : value) as F;
  return fields.includes(field) ? { field, descending } : undefined;
}

/**
 * A list's filters, sort and page live in the URL, so a list can be bookmarked, shared and
 * reloaded. The page is 1-based in the URL (as people count) and 0-based for the API. Changing a
 * filter, the sort or the size goes back to the first page.
 */
export function useListParams<Filters extends Record<string, string>, F extends string>(
  schema: ListSchema<Filters, F>,
) {
  const [params, update] = useUrlParams();
  const keys = Object.keys(schema.filters) as (keyof Filters & string)[];
  const filters = {} as Filters;
  for (const key of keys) filters[key] = schema.filters[key](params.get(key));
  const sort = parseSort(params.get('sort'), schema.sortFields);
  const page = Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1);
  const sizeParam = Number(params.get('size'));
  const size = (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : DEFAULT_SIZE;
  const pageQuery: PageQuery = { sort: sort ? sortParam(sort) : undefined, page: page - 1, size };

  const updateFromFirstPage = (changes: Record<string, string | undefined>) => update({ ...changes, page: undefined });

  return {
    filters,
    sort,
    page,
    size,
    pageQuery,
    setFilters: (changes: Partial<Filters>) => updateFromFirstPage(changes),
    clearFilters: () => updateFromFirstPage(Object.fromEntries(keys.map((key) => [key, undefined]))),
    setSort: (next: Sort<F>) => updateFromFirstPage({ sort: sortParam(next) }),
    setPage: (next: number) => update({ page: next > 1 ? String(next) : undefined }),
    setSize: (next: number) => updateFromFirstPage({ size: next === DEFAULT_SIZE ? undefined : String(next) }),
  };
}
