import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FiscalPeriodSelects } from '@/features/calendar/components/fiscal-period-selects';
import { AreaSelects } from '@/features/geo/components/area-selects';
import { useMe } from '@/features/me/api/get-me';
import {
  activityCategories,
  activityTypes,
  activityTypesByCategory,
  categoryOf,
  categorySection,
  type ActivityCategory,
  type ActivityType,
} from '@/config/activity-types';
import { useCenterOptions } from '@/lib/center-options';
import type { ActivityListFilters } from '../hooks/use-activity-list-params';

type ActivitiesFiltersProps = {
  filters: ActivityListFilters;
  onChange: (changes: Partial<ActivityListFilters>) => void;
  onClear: () => void;
};

/** Centers to filter by: those of the district chosen, or of the user's own district. */
function CenterFilter({ districtCode, value, onChange }: { districtCode: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('activities');
  const centers = useCenterOptions({ districtCode }, Boolean(districtCode));
  return (
    <NativeSelect
      label={t('fields.center')}
      value={value}
      disabled={!districtCode}
      description={districtCode ? undefined : t('list.filter.chooseDistrictFirst')}
      data={[
        { value: '', label: t('list.filter.all') },
        ...(centers.data?.items ?? []).map((center) => ({ value: center.id, label: center.name })),
      ]}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

export function ActivitiesFilters({ filters, onChange, onClear }: ActivitiesFiltersProps) {
  const { t } = useTranslation('activities');
  const me = useMe();
  const all = t('list.filter.all');
  const types = filters.category ? activityTypesByCategory[filters.category] : activityTypes;
  const ownDistrict = me.data?.area.level === 'DISTRICT' ? (me.data.area.code ?? '') : '';

  const chooseCategory = (category: ActivityCategory | '') =>
    onChange({
      category,
      // A type of another category would select nothing.
      type: filters.type && category && categoryOf(filters.type) !== category ? '' : filters.type,
    });

  return (
    <Paper withBorder p="md" component="section" role="search" aria-label={t('list.filter.label')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <FiscalPeriodSelects
            value={{ fiscalYear: filters.fiscalYear, quarter: filters.quarter }}
            onChange={(period) => onChange({ fiscalYear: period.fiscalYear, quarter: period.fiscalYear ? period.quarter : '' })}
            anyYearLabel={t('list.filter.allYears')}
            anyQuarterLabel={t('list.filter.allQuarters')}
          />
          <NativeSelect
            label={t('fields.category')}
            value={filters.category}
            data={[
              { value: '', label: all },
              ...activityCategories.map((c) => ({
                value: c,
                label: `${categorySection[c]} ${t(`activityCategoryShort.${c}`, { ns: 'common' })}`,
              })),
            ]}
            onChange={(event) => chooseCategory(event.currentTarget.value as ActivityCategory | '')}
          />
          <NativeSelect
            label={t('fields.type')}
            value={filters.type}
            data={[{ value: '', label: all }, ...types.map((type) => ({ value: type, label: t(`activityType.${type}`, { ns: 'common' }) }))]}
            onChange={(event) => {
              const type = event.currentTarget.value as ActivityType | '';
              onChange({ type, category: type ? categoryOf(type) : filters.category });
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <AreaSelects
            ungrouped
            value={filters}
            emptyLabel={all}
            onChange={(area) => onChange({ ...area, centerId: '' })}
          />
          <CenterFilter
            districtCode={ownDistrict || filters.districtCode}
            value={filters.centerId}
            onChange={(centerId) => onChange({ centerId })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClear}>
            {t('list.filter.clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
