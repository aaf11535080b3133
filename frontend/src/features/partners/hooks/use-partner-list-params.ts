import { oneOfParam, patternParam, textParam, useListParams, type Sort as ListSort } from '@/lib/list-params';
import { sectors, type PartnersQuery, type Sector } from '../api/get-partners';

export const sortFields = ['name', 'sector', 'areaCode', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = ListSort<SortField>;

export type ActiveFilter = '' | 'true' | 'false';

export type PartnerListFilters = {
  /** A province (2 digits) or district (4 digits); empty for all the user may see. */
  areaCode: string;
  sector: Sector | '';
  active: ActiveFilter;
  q: string;
};

const schema = {
  filters: {
    areaCode: patternParam(/^\d{2}(\d{2})?$/),
    sector: oneOfParam(sectors),
    active: oneOfParam(['true', 'false'] as const),
    q: textParam,
  },
  sortFields,
};

/** The partner list's filters, sort and page, kept in the URL (see useListParams). */
export function usePartnerListParams() {
  const list = useListParams<PartnerListFilters, SortField>(schema);
  const { filters } = list;
  const query: PartnersQuery = {
    areaCode: filters.areaCode || undefined,
    sector: filters.sector || undefined,
    active: filters.active ? filters.active === 'true' : undefined,
    q: filters.q || undefined,
    ...list.pageQuery,
  };
  return { ...list, query };
}
