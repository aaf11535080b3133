import { Alert, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCenterOption, useCenterOptions } from '@/lib/center-options';

type CenterSelectProps = {
  id: string;
  value: string;
  onChange: (centerId: string) => void;
  error?: ReactNode;
  /** What to say when the area has no center (a form's own advice); the common text otherwise. */
  emptyText?: string;
};

const SEARCH_DELAY_MS = 400;

/**
 * The centers of the user's area, by name; closed centers are left out (they take no activities,
 * meetings or visits). A district has a handful, so a native select (a big, familiar picker on
 * phones) suffices; an area with more centers than one answer holds also gets a search box.
 */
export function CenterSelect({ id, value, onChange, error, emptyText }: CenterSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const options = useCenterOptions({ q: q || undefined });
  const chosen = useCenterOption(value);
  const [needsSearch, setNeedsSearch] = useState(false);

  const page = options.data;
  // Once a page shows there are more centers than it holds, the search box stays.
  if (!needsSearch && page && page.totalItems > page.items.length) setNeedsSearch(true);

  const open = useMemo(() => (page?.items ?? []).filter((center) => center.status !== 'CLOSED'), [page]);
  // A center given in the link stays listed even when the search or the first page leaves it out.
  const centers = useMemo(
    () => (chosen.data && !open.some((c) => c.id === chosen.data.id) ? [chosen.data, ...open] : open),
    [chosen.data, open],
  );

  useEffect(() => {
    if (!value && !q && centers.length === 1 && centers[0]) onChange(centers[0].id);
  }, [value, q, centers, onChange]);

  if (page && !q && page.totalItems === 0) {
    return (
      <Alert color="yellow" variant="light">
        {emptyText ?? t('centerSelect.none')}
      </Alert>
    );
  }

  return (
    <Stack gap="xs">
      {needsSearch && (
        <TextInput
          type="search"
          size="md"
          label={t('centerSelect.search')}
          description={t('centerSelect.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      )}
      <NativeSelect
        id={id}
        size="lg"
        label={t('centerSelect.label')}
        required
        value={value}
        error={error}
        data={[
          { value: '', label: t('centerSelect.choose') },
          ...centers.map((center) => ({
            value: center.id,
            label: center.status === 'SUSPENDED' ? t('centerSelect.suspended', { name: center.name }) : center.name,
          })),
        ]}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </Stack>
  );
}
