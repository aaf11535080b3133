import { activityCategories, activityTypes, type ActivityCategory, type ActivityType } from '@/config/activity-types';
import { oneOfParam, patternParam, textParam, useListParams, type Sort as ListSort } from '@/lib/list-params';
import type { ActivitiesQuery } from '../api/get-activities';

export const sortFields = ['heldOn', 'title', 'type', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = ListSort<SortField>;

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

const schema = {
  filters: {
    fiscalYear: patternParam(/^\d{4}$/),
    quarter: patternParam(/^[1-4]$/),
    category: oneOfParam(activityCategories),
    type: oneOfParam(activityTypes),
    provinceCode: patternParam(/^\d{2}$/),
    districtCode: patternParam(/^\d{4}$/),
    subdistrictCode: patternParam(/^\d{6}$/),
    centerId: textParam,
  },
  sortFields,
};

/** The activity list's filters, sort and page, kept in the URL (see useListParams). */
export function useActivityListParams() {
  const list = useListParams<ActivityListFilters, SortField>(schema);
  const { filters } = list;
  const query: ActivitiesQuery = {
    provinceCode: filters.provinceCode || undefined,
    districtCode: filters.districtCode || undefined,
    subdistrictCode: filters.subdistrictCode || undefined,
    centerId: filters.centerId || undefined,
    fiscalYear: filters.fiscalYear ? Number(filters.fiscalYear) : undefined,
    quarter: filters.fiscalYear && filters.quarter ? Number(filters.quarter) : undefined,
    category: filters.category || undefined,
    type: filters.type || undefined,
    ...list.pageQuery,
  };
  return { ...list, query };
}
