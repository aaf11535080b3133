import { Anchor, Button, Group, List, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useActivityPartners } from '../api/get-activity-partners';
import { getPartnersQueryOptions, type Partner } from '../api/get-partners';
import { useSetActivityPartners } from '../api/set-activity-partners';
import { SectorBadge } from './sector-badge';

type ActivityPartnersProps = {
  activityId: string;
  /** Whether the user may change the list (officers); others only read it. */
  canWrite: boolean;
};

const SEARCH_DELAY_MS = 300;
const OPTIONS = 50;
// The server accepts up to 50 partners per activity.
const MAX_PARTNERS = 50;

/**
 * The partners of the 7 sectors who took part in an activity, and for officers a searchable
 * multi-select to change them (saved as a whole list). For the activity's page.
 */
export function ActivityPartners({ activityId, canWrite }: ActivityPartnersProps) {
  const { t } = useTranslation('partners');
  const current = useActivityPartners(activityId);
  const save = useSetActivityPartners();
  const [selected, setSelected] = useState<string[]>([]);
  const [known, setKnown] = useState<Map<string, Partner>>(new Map());
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const options = useQuery({
    ...getPartnersQueryOptions({ q: q || undefined, active: true, sort: 'name', size: OPTIONS }),
    enabled: canWrite,
  });

  // The saved list is where editing starts, and again after each save. The server's answer is
  // outside React, so an effect copies it into the editable selection when it arrives.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above: seeded from a query, then edited
    if (current.data) setSelected(current.data.map((partner) => partner.id));
  }, [current.data]);

  // Chosen partners keep their names even when a later search no longer returns them.
  useEffect(() => {
    const found = [...(current.data ?? []), ...(options.data?.items ?? [])];
    if (found.length === 0) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a cache that grows with each answer, never reset
    setKnown((map) => {
      const next = new Map(map);
      for (const partner of found) next.set(partner.id, partner);
      return next;
    });
  }, [current.data, options.data]);

  const saved = current.data?.map((partner) => partner.id) ?? [];
  const changed = selected.length !== saved.length || selected.some((id) => !saved.includes(id));
  const shown = new Map<string, Partner>();
  for (const id of selected) {
    const partner = known.get(id);
    if (partner) shown.set(id, partner);
  }
  for (const partner of options.data?.items ?? []) shown.set(partner.id, partner);

  async function submit() {
    try {
      await save.mutateAsync({ activityId, partnerIds: selected });
      notifications.show({ color: 'green', message: t('activity.saved') });
    } catch {
      // The alert below shows what went wrong.
    }
  }

  return (
    <Stack component="section" aria-labelledby="activity-partners-heading" gap="sm">
      <Title order={3} size="h4" id="activity-partners-heading">
        {t('activity.heading')}
      </Title>
      {current.isPending && <Loading />}
      {current.isError && <ProblemAlert error={current.error} onRetry={() => void current.refetch()} />}
      {current.data && current.data.length === 0 && <Text c="dimmed">{t('activity.empty')}</Text>}
      {current.data && current.data.length > 0 && (
        <List aria-label={t('activity.listLabel')} listStyleType="none" spacing={4}>
          {current.data.map((partner) => (
            <List.Item key={partner.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/partners/${partner.id}`}>
                  {partner.name}
                </Anchor>
                <SectorBadge sector={partner.sector} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canWrite && current.data && (
        <Stack gap="xs">
          <MultiSelect
            label={t('activity.select')}
            description={t('activity.selectHelp')}
            searchable
            clearable
            maxValues={MAX_PARTNERS}
            value={selected}
            onChange={setSelected}
            searchValue={search}
            onSearchChange={setSearch}
            // The server has filtered already, by kind as well as name.
            filter={({ options: items }) => items}
            data={[...shown.values()].map((partner) => ({
              value: partner.id,
              label: `${partner.name} (${t(`sector.${partner.sector}`)})`,
            }))}
            nothingFoundMessage={options.isFetching ? t('loading') : t('links.form.noPartners')}
          />
          {save.isError && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button onClick={() => void submit()} loading={save.isPending} disabled={!changed}>
              {t('activity.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
