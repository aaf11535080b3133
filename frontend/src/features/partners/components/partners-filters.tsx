import { Button, Chip, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectors, type Sector } from '../api/get-partners';
import type { ActiveFilter, PartnerListFilters } from '../hooks/use-partner-list-params';
import { AreaSelects } from './area-selects';

type PartnersFiltersProps = {
  filters: PartnerListFilters;
  onChange: (changes: Partial<PartnerListFilters>) => void;
  onClear: () => void;
};

const SEARCH_DELAY_MS = 400;
const ALL = 'all';

export function PartnersFilters({ filters, onChange, onClear }: PartnersFiltersProps) {
  const { t } = useTranslation('partners');
  const sectorLabelId = useId();
  const [text, setText] = useState(filters.q);
  const [composing, setComposing] = useState(false);

  // The URL is the source of truth; typing there (or going back) resets the box.
  useEffect(() => setText((current) => (current.trim() === filters.q ? current : filters.q)), [filters.q]);

  // Searching waits for a pause in typing, and for a Thai input method to finish composing a word.
  useEffect(() => {
    if (composing || text.trim() === filters.q) return;
    const timer = window.setTimeout(() => onChange({ q: text.trim() }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, composing, filters.q, onChange]);

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
          <TextInput
            type="search"
            label={t('list.filter.q')}
            placeholder={t('list.filter.qPlaceholder')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onCompositionStart={() => setComposing(true)}
            onCompositionEnd={() => setComposing(false)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !composing) onChange({ q: text.trim() });
            }}
          />
          <Button variant="default" onClick={onClear} style={{ flexGrow: 0 }}>
            {t('list.filter.clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
