import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '@/components/paged-list';
import { SearchInput } from '@/components/search-input';
import { FiscalYearChoice } from '@/features/calendar/components/fiscal-year-choice';
import { useProvinces } from '@/features/geo/api/get-provinces';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { localizedName } from '@/lib/localized-name';
import { useLibrary } from '../api/get-library';
import { LessonCard } from '../components/lesson-card';
import { useLibraryParams } from '../hooks/use-library-params';
import { lessonTopics } from '../utils/topics';

/**
 * The library of published lessons (/lessons?q=&topic=&province=&fiscalYear=), the same for every
 * signed-in user whatever their area: a search that finds a Thai word inside a sentence, filters,
 * and a grid of cards with each lesson's cover photo.
 */
export function LibraryRoute() {
  const { t, i18n } = useTranslation('lessons');
  const lang = i18n.language;
  const canWrite = usePermissions().canWrite;
  const list = useLibraryParams();
  const library = useLibrary(list.query);
  const provinces = useProvinces();

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('library.heading')}</Title>
        {canWrite && (
          <Group>
            <Button component={Link} to="/lessons/mine" variant="default">
              {t('library.mine')}
            </Button>
            <Button component={Link} to="/lessons/new">
              {t('library.newLesson')}
            </Button>
          </Group>
        )}
      </Group>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('library.filters')}>
        <Group align="flex-end">
          <SearchInput
            label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            value={list.filters.q}
            onSearch={(q) => list.setFilters({ q })}
          />
          <NativeSelect
            label={t('library.topic')}
            value={list.filters.topic}
            data={[
              { value: '', label: t('library.anyTopic') },
              ...lessonTopics.map((topic) => ({ value: topic, label: t(`activityType.${topic}`, { ns: 'common' }) })),
            ]}
            onChange={(event) => list.setFilters({ topic: event.currentTarget.value as (typeof lessonTopics)[number] })}
          />
          <NativeSelect
            label={t('library.province')}
            value={list.filters.province}
            data={[
              { value: '', label: t('library.anyProvince') },
              ...(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: localizedName(p, lang) })),
            ]}
            onChange={(event) => list.setFilters({ province: event.currentTarget.value })}
          />
          <FiscalYearChoice
            value={list.filters.fiscalYear}
            anyYearLabel={t('library.anyYear')}
            onChange={(fiscalYear) => list.setFilters({ fiscalYear })}
          />
        </Group>
      </Paper>
      <PagedList ns="lessons" result={library} list={list}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((lesson) => (
              <LessonCard key={lesson.id} lesson={lesson} />
            ))}
          </SimpleGrid>
        )}
      </PagedList>
    </Stack>
  );
}
