import { Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaSelects } from '@/features/geo/components/area-selects';
import type { CenterStatus } from '../api/get-centers';
import type { CenterListFilters } from '../hooks/use-center-list-params';

type CentersFiltersProps = {
  filters: CenterListFilters;
  onChange: (changes: Partial<CenterListFilters>) => void;
  onClear: () => void;
};

const SEARCH_DELAY_MS = 400;

export function CentersFilters({ filters, onChange, onClear }: CentersFiltersProps) {
  const { t } = useTranslation('centers');
  const [text, setText] = useState(filters.q);
  const [composing, setComposing] = useState(false);

  // The URL is the source of truth; typing there (or going back) resets the box.
  useEffect(() => setText((current) => (current.trim() === filters.q ? current : filters.q)), [filters.q]);

  // Searching waits for a pause in typing, and for an input method to finish composing a word.
  useEffect(() => {
    if (composing || text.trim() === filters.q) return;
    const timer = window.setTimeout(() => onChange({ q: text.trim() }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, composing, filters.q, onChange]);

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
