import { oneOfParam, textParam, useListParams, type Sort as ListSort } from '@/lib/list-params';
import type { CenterStatus, CentersQuery } from '../api/get-centers';

export const sortFields = ['name', 'subdistrictCode', 'status', 'establishedOn', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = ListSort<SortField>;

const statuses: readonly CenterStatus[] = ['ACTIVE', 'SUSPENDED', 'CLOSED'];

export type CenterListFilters = {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  status: CenterStatus | '';
  q: string;
};

const schema = {
  filters: {
    provinceCode: textParam,
    districtCode: textParam,
    subdistrictCode: textParam,
    status: oneOfParam(statuses),
    q: textParam,
  },
  sortFields,
};

/** The center list's filters, sort and page, kept in the URL (see useListParams). */
export function useCenterListParams() {
  const list = useListParams<CenterListFilters, SortField>(schema);
  const query: CentersQuery = {
    ...Object.fromEntries(Object.entries(list.filters).filter(([, value]) => value !== '')),
    ...list.pageQuery,
  };
  return { ...list, query };
}
