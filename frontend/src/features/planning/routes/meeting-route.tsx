import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentList } from '@/components/attachment-list';
import { LabelledText } from '@/components/labelled-text';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { participantGroups } from '@/config/program';
import { useMe } from '@/features/me/api/get-me';
import { areaCovers, permissionsFor } from '@/features/me/utils/permissions';
import { DOCUMENT_ACCEPT, IMAGE_ACCEPT } from '@/lib/attachments';
import { formatDate, formatDateTime } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import { useDeleteMeetingFile } from '../api/delete-meeting-file';
import { useMeeting } from '../api/get-meeting';
import { getMeetingFile } from '../api/get-meeting-file';
import { type MeetingFileKind, useUploadMeetingFile } from '../api/upload-meeting-file';
import { ResolutionList } from '../components/resolution-list';
import { meetingPath, meetingPlace } from '../utils/meeting-area';

/** One meeting (/meetings/:id): the minutes, who came, and the resolutions to mark done. */
export function MeetingRoute() {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const { id = '' } = useParams();
  const me = useMe();
  const meeting = useMeeting(id);
  const upload = useUploadMeetingFile();
  const remove = useDeleteMeetingFile();

  const back = (
    <Anchor component={Link} to="/meetings" size="sm">
      {t('detail.back')}
    </Anchor>
  );
  if (meeting.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={meeting.error} onRetry={() => void meeting.refetch()} />
      </Stack>
    );
  }
  if (!meeting.data || !me.data) return <Loading />;
  const data = meeting.data;
  // The server's rule: only the meetings of the user's own area are theirs to change.
  const canEdit = permissionsFor(me.data).canWrite && areaCovers(me.data.area, data.areaCode);

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{data.title}</Title>
        <Group gap="xs">
          <Button component={Link} to={`${meetingPath(data.id)}/print`} variant="default">
            {t('detail.print')}
          </Button>
          {canEdit && (
            <Button component={Link} to={`${meetingPath(data.id)}/edit`}>
              {t('detail.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <LabelledText label={t('detail.heldOn')}>{formatDate(data.heldOn, lang, { style: 'long' })}</LabelledText>
          <LabelledText label={t('detail.place')}>{data.place}</LabelledText>
          <LabelledText label={t('detail.level')}>{t(`level.${data.level}`)}</LabelledText>
          <LabelledText label={t('detail.area')}>{meetingPlace(t, data, lang)}</LabelledText>
          <LabelledText label={t('detail.fiscalYear')}>{t('detail.fiscalYearValue', { year: data.fiscalYear })}</LabelledText>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="meeting-agenda-heading">
        <Title order={3} size="h4" id="meeting-agenda-heading" mb="xs">
          {t('detail.agenda')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{data.agenda}</Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="meeting-attendees-heading">
        <Title order={3} size="h4" id="meeting-attendees-heading" mb="xs">
          {t('detail.attendees')} · {t('detail.attendeesTotal', { total: formatCount(data.attendeeTotal, lang) })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
          {participantGroups.map((group) => (
            <LabelledText key={group} label={t(`attendees.${group}`)}>
              {formatCount(data.attendees[group] ?? 0, lang)}
            </LabelledText>
          ))}
        </SimpleGrid>
        {data.attendeeNames ? (
          <Stack gap={0} mt="sm">
            <Text size="sm" c="dimmed">
              {t('detail.attendeeNames')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{data.attendeeNames}</Text>
          </Stack>
        ) : (
          !areaCovers(me.data.area, data.areaCode) && (
            <Text size="sm" c="dimmed" mt="sm">
              {t('detail.attendeeNamesHidden')}
            </Text>
          )
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="meeting-resolutions-heading">
        <Title order={3} size="h4" id="meeting-resolutions-heading" mb="xs">
          {t('detail.resolutions')}
        </Title>
        <ResolutionList meeting={data} canSettle={canEdit} />
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="lg">
          {(['MINUTES', 'PHOTO'] as MeetingFileKind[]).map((kind) => (
            <AttachmentList
              key={kind}
              title={t(`files.${kind}.title`)}
              files={data.files.filter((file) => file.kind === kind)}
              editable={canEdit}
              accept={kind === 'PHOTO' ? IMAGE_ACCEPT : DOCUMENT_ACCEPT}
              addLabel={t(`files.${kind}.add`)}
              help={t(`files.${kind}.help`)}
              empty={t(`files.${kind}.empty`)}
              load={(file) => getMeetingFile(data.id, file.id)}
              add={(file) => upload.mutateAsync({ meetingId: data.id, file, kind })}
              remove={(file) => remove.mutateAsync({ meetingId: data.id, file })}
            />
          ))}
        </Stack>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('detail.updated', { date: formatDateTime(data.updatedAt, lang), user: data.updatedBy })}
      </Text>
    </Stack>
  );
}
