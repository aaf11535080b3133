import { Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '@/components/paged-list';
import { oneOfParam, useListParams } from '@/lib/list-params';
import { useLessons } from '../api/get-lessons';
import { LessonCard } from '../components/lesson-card';

const states = ['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN'] as const;
const schema = { filters: { state: oneOfParam(states) }, sortFields: ['updatedAt'] as const };

/** The lessons of the user's own area in every state (/lessons/mine?state=): drafts, those under review, published. */
export function MyLessonsRoute() {
  const { t } = useTranslation('lessons');
  const list = useListParams<{ state: (typeof states)[number] | '' }, 'updatedAt'>(schema);
  const lessons = useLessons({ state: list.filters.state || undefined, ...list.pageQuery });

  return (
    <Stack>
      <Anchor component={Link} to="/lessons" size="sm">
        {t('mine.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('mine.heading')}</Title>
        <Button component={Link} to="/lessons/new">
          {t('library.newLesson')}
        </Button>
      </Group>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('library.filters')}>
        <NativeSelect
          label={t('mine.state')}
          value={list.filters.state}
          data={[{ value: '', label: t('mine.anyState') }, ...states.map((s) => ({ value: s, label: t(`state.${s}`) }))]}
          onChange={(event) => list.setFilters({ state: event.currentTarget.value as (typeof states)[number] })}
        />
      </Paper>
      <PagedList ns="lessons" result={lessons} list={list}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((lesson) => (
              <LessonCard key={lesson.id} lesson={lesson} showState />
            ))}
          </SimpleGrid>
        )}
      </PagedList>
    </Stack>
  );
}
