import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedName } from '@/lib/localized-name';
import type { LessonSummary } from '../api/get-lessons';
import { lessonPath } from '../utils/topics';
import { LessonPhoto } from './lesson-photo';

/** A lesson in the library's grid: its cover photo (the first), title, where, and what it concerns. */
export function LessonCard({ lesson, showState = false }: { lesson: LessonSummary; showState?: boolean }) {
  const { t, i18n } = useTranslation('lessons');
  const lang = i18n.language;
  return (
    <Card withBorder component="article" aria-label={lesson.title}>
      <Card.Section>
        {lesson.cover ? (
          <LessonPhoto photo={lesson.cover} alt={t('card.coverAlt', { title: lesson.title })} />
        ) : (
          <Text c="dimmed" ta="center" py="xl">
            {t('card.noPhoto')}
          </Text>
        )}
      </Card.Section>
      <Stack gap={4} mt="sm">
        <Anchor component={Link} to={lessonPath(lesson.id)} fw={600}>
          {lesson.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {[lesson.centerName, lesson.district && localizedName(lesson.district, lang), lesson.province && localizedName(lesson.province, lang)].filter(Boolean).join(' · ')}
        </Text>
        {lesson.excerpt && (
          <Text size="sm" lineClamp={3}>
            {lesson.excerpt}
          </Text>
        )}
        <Group gap={4}>
          {showState && <Badge variant="outline">{t(`state.${lesson.state}`)}</Badge>}
          {lesson.topics.map((topic) => (
            <Badge key={topic} variant="light">
              {t(`activityType.${topic}`, { ns: 'common' })}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
