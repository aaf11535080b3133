import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '@/components/search-input';
import { AreaSelects } from '@/features/geo/components/area-selects';
import type { CenterStatus } from '../api/get-centers';
import type { CenterListFilters } from '../hooks/use-center-list-params';

type CentersFiltersProps = {
  filters: CenterListFilters;
  onChange: (changes: Partial<CenterListFilters>) => void;
  onClear: () => void;
};

export function CentersFilters({ filters, onChange, onClear }: CentersFiltersProps) {
  const { t } = useTranslation('centers');

  return (
    <Paper withBorder p="md" component="section" role="search" aria-label={t('list.filter.label')}>
      <Stack gap="sm">
        <AreaSelects
          value={filters}
          emptyLabel={t('list.filter.all')}
          onChange={(area) => onChange(area)}
        />
        <Group grow align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('fields.status')}
            value={filters.status}
            data={[
              { value: '', label: t('list.filter.all') },
              ...(['ACTIVE', 'SUSPENDED', 'CLOSED'] as const).map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
            onChange={(event) => onChange({ status: event.currentTarget.value as CenterStatus | '' })}
          />
          <SearchInput
            label={t('list.filter.q')}
            placeholder={t('list.filter.qPlaceholder')}
            value={filters.q}
            onSearch={(q) => onChange({ q })}
          />
          <Button variant="default" onClick={onClear} style={{ flexGrow: 0 }}>
            {t('list.filter.clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
