import { Button, Chip, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '@/components/search-input';
import { sectors, type Sector } from '../api/get-partners';
import type { ActiveFilter, PartnerListFilters } from '../hooks/use-partner-list-params';
import { AreaSelects } from './area-selects';

type PartnersFiltersProps = {
  filters: PartnerListFilters;
  onChange: (changes: Partial<PartnerListFilters>) => void;
  onClear: () => void;
};

const ALL = 'all';

export function PartnersFilters({ filters, onChange, onClear }: PartnersFiltersProps) {
  const { t } = useTranslation('partners');
  const sectorLabelId = useId();

  return (
    <Paper withBorder p="md" component="section" role="search" aria-label={t('list.filter.label')}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id={sectorLabelId}>
            {t('fields.sector')}
          </Text>
          <Chip.Group
            value={filters.sector || ALL}
            onChange={(value) => onChange({ sector: value === ALL ? '' : (value as Sector) })}
          >
            <Group gap="xs" role="radiogroup" aria-labelledby={sectorLabelId}>
              <Chip value={ALL} size="sm">
                {t('list.filter.allSectors')}
              </Chip>
              {sectors.map((sector) => (
                <Chip key={sector} value={sector} size="sm">
                  {t(`sector.${sector}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <AreaSelects
          value={filters.areaCode}
          anyProvinceLabel={t('list.filter.all')}
          anyDistrictLabel={t('list.filter.all')}
          onChange={(areaCode) => onChange({ areaCode })}
        />
        <Group grow align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('fields.status')}
            value={filters.active}
            data={[
              { value: '', label: t('list.filter.all') },
              { value: 'true', label: t('status.active') },
              { value: 'false', label: t('status.inactive') },
            ]}
            onChange={(event) => onChange({ active: event.currentTarget.value as ActiveFilter })}
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
