import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentList } from '@/components/attachment-list';
import { LabelledText } from '@/components/labelled-text';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { areaCovers, permissionsFor } from '@/features/me/utils/permissions';
import { IMAGE_ACCEPT } from '@/lib/attachments';
import { formatDateTime } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { useLesson } from '../api/get-lesson';
import { getLessonPhoto, useDeleteLessonPhoto, useUploadLessonPhoto } from '../api/lesson-photos';
import { LessonPhoto } from '../components/lesson-photo';
import { ReviewActions } from '../components/review-actions';
import { ShareBox } from '../components/share-box';
import { lessonPath } from '../utils/topics';

const sections = ['problem', 'actions', 'results', 'successFactors', 'advice'] as const;

/**
 * One lesson at its stable link (/lessons/:id): its own area sees it in every state with the review's
 * next steps and its photos to change; everyone else sees it once published, as the library shows it.
 */
export function LessonRoute() {
  const { t, i18n } = useTranslation('lessons');
  const lang = i18n.language;
  const { id = '' } = useParams();
  const me = useMe();
  const lesson = useLesson(id);
  const upload = useUploadLessonPhoto();
  const remove = useDeleteLessonPhoto();

  const back = (
    <Anchor component={Link} to="/lessons" size="sm">
      {t('detail.back')}
    </Anchor>
  );
  if (lesson.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={lesson.error} onRetry={() => void lesson.refetch()} />
      </Stack>
    );
  }
  if (!lesson.data || !me.data) return <Loading />;
  const data = lesson.data;
  const permissions = permissionsFor(me.data);
  const ours = areaCovers(me.data.area, data.subdistrictCode);
  const canWrite = permissions.canWrite && ours;
  const canReview = ours && me.data.area?.level !== 'DISTRICT' && me.data.roles.some((r) => ['ADMIN', 'NATIONAL', 'PROVINCE_OFFICER'].includes(r));
  const editable = canWrite && (data.state === 'DRAFT' || data.state === 'RETURNED');
  const [cover] = data.photos;

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{data.title}</Title>
          <Group gap={4}>
            <Badge variant="outline">{t(`state.${data.state}`)}</Badge>
            {data.topics.map((topic) => (
              <Badge key={topic} variant="light">
                {t(`activityType.${topic}`, { ns: 'common' })}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={`${lessonPath(data.id)}/print`} variant="default">
            {t('detail.print')}
          </Button>
          {editable && (
            <Button component={Link} to={`${lessonPath(data.id)}/edit`}>
              {t('detail.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {data.reviewNote && (
        <Alert color={data.state === 'WITHDRAWN' ? 'red' : 'yellow'} title={t(`detail.note.${data.state === 'WITHDRAWN' ? 'withdrawn' : 'returned'}`)}>
          {data.reviewNote}
        </Alert>
      )}
      <ReviewActions lesson={data} canWrite={canWrite} canReview={canReview} />
      {cover && <LessonPhoto photo={cover} alt={t('card.coverAlt', { title: data.title })} height={280} />}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <LabelledText label={t('detail.center')}>{data.centerName}</LabelledText>
          <LabelledText label={t('detail.district')}>{data.district ? localizedName(data.district, lang) : ''}</LabelledText>
          <LabelledText label={t('detail.province')}>{data.province ? localizedName(data.province, lang) : ''}</LabelledText>
          <LabelledText label={t('detail.fiscalYear')}>{t('detail.fiscalYearValue', { year: data.fiscalYear })}</LabelledText>
        </SimpleGrid>
      </Paper>
      {sections.map((section) => (
        <Paper key={section} withBorder p="md" component="section" aria-labelledby={`lesson-${section}`}>
          <Title order={3} size="h4" id={`lesson-${section}`} mb="xs">
            {t(`field.${section}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{data[section]}</Text>
        </Paper>
      ))}
      {data.partners.length > 0 && (
        <Paper withBorder p="md">
          <LabelledText label={t('detail.partners')}>{data.partners.map((p) => p.name).join(', ')}</LabelledText>
        </Paper>
      )}
      <Paper withBorder p="md">
        <AttachmentList
          title={t('photos.title')}
          files={data.photos}
          editable={editable}
          accept={IMAGE_ACCEPT}
          addLabel={t('photos.add')}
          help={t('photos.help')}
          empty={t('photos.empty')}
          load={getLessonPhoto}
          add={(file) => upload.mutateAsync({ lessonId: data.id, file })}
          remove={(file) => remove.mutateAsync({ lessonId: data.id, file })}
        />
      </Paper>
      {data.state === 'PUBLISHED' && <ShareBox lesson={data} />}
      <Text size="xs" c="dimmed">
        {data.updatedBy
          ? t('detail.updatedBy', { date: formatDateTime(data.updatedAt, lang), user: data.updatedBy })
          : t('detail.updated', { date: formatDateTime(data.updatedAt, lang) })}
      </Text>
    </Stack>
  );
}
