import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getPartnersQueryOptions, type Partner } from '../api/get-partners';

type PartnerSelectProps = {
  id: string;
  label: string;
  value: string;
  onChange: (partnerId: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** Above the dialog the select sits in. */
  dropdownZIndex?: number;
};

const SEARCH_DELAY_MS = 300;
const OPTIONS = 50;

/**
 * One active partner the user may see, searched on the server by name or kind as the user types
 * (a province may hold hundreds), so Thai text is matched the way the list matches it.
 */
export function PartnerSelect({
  id,
  label,
  value,
  onChange,
  description,
  error,
  required,
  dropdownZIndex,
}: PartnerSelectProps) {
  const { t } = useTranslation('partners');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Partner>();
  // After a choice the box shows its name; that is not a search.
  const [q] = useDebouncedValue(chosen && search === chosen.name ? '' : search.trim(), SEARCH_DELAY_MS);
  const options = useQuery(getPartnersQueryOptions({ q: q || undefined, active: true, sort: 'name', size: OPTIONS }));
  const found = options.data?.items ?? [];
  const partners = chosen && !found.some((p) => p.id === chosen.id) ? [chosen, ...found] : found;
  const byId = new Map(partners.map((partner) => [partner.id, partner]));

  return (
    <Select
      id={id}
      label={label}
      description={description}
      required={required}
      error={error}
      searchable
      comboboxProps={dropdownZIndex ? { zIndex: dropdownZIndex } : undefined}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already, by kind as well as name.
      filter={({ options: items }) => items}
      data={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
      nothingFoundMessage={options.isFetching ? t('loading') : t('links.form.noPartners')}
      renderOption={({ option }) => {
        const partner = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {partner && (
              <Text size="xs" c="dimmed">
                {t(`sector.${partner.sector}`)}
                {partner.kind ? ` · ${partner.kind}` : ''}
              </Text>
            )}
          </Stack>
        );
      }}
      onChange={(next) => {
        setChosen(next ? byId.get(next) : undefined);
        onChange(next ?? '');
      }}
    />
  );
}
