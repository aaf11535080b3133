import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentList } from '@/components/attachment-list';
import { LabelledText } from '@/components/labelled-text';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/me/api/get-me';
import { areaCovers, permissionsFor } from '@/features/me/utils/permissions';
import { IMAGE_ACCEPT } from '@/lib/attachments';
import { formatDate, todayInBangkok } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { formatTwoDecimals } from '@/lib/numbers';
import { useDeleteVisitPhoto } from '../api/delete-visit-photo';
import { useVisit } from '../api/get-visit';
import { getVisitPhoto } from '../api/get-visit-photo';
import { useUploadVisitPhoto } from '../api/upload-visit-photo';
import { useSaveVisit } from '../api/save-visit';
import { formToRequest, visitToForm } from '../utils/visit-form';
import { visitPath } from '../utils/paths';

/** One visit (/evaluation/visits/:id): scores per criterion, the total and level, and its follow-up. */
export function VisitRoute() {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language;
  const { id = '' } = useParams();
  const me = useMe();
  const visit = useVisit(id);
  const upload = useUploadVisitPhoto();
  const remove = useDeleteVisitPhoto();
  const save = useSaveVisit();

  const back = (
    <Anchor component={Link} to="/evaluation" size="sm">
      {t('visit.back')}
    </Anchor>
  );
  if (visit.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={visit.error} onRetry={() => void visit.refetch()} />
      </Stack>
    );
  }
  if (!visit.data || !me.data) return <Loading />;
  const data = visit.data;
  const canEdit = permissionsFor(me.data).canWrite && areaCovers(me.data.area, data.subdistrictCode);

  const followUpDone = async () => {
    const request = formToRequest({ ...visitToForm(data), followUpDoneOn: todayInBangkok() });
    await save.mutateAsync({ id: data.id, version: data.version, request });
    notifications.show({ color: 'green', message: t('visit.followUpSaved') });
  };

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('visit.heading', { center: data.centerName })}</Title>
        <Button component={Link} to={`${visitPath(data.id)}/print`} variant="default">
          {t('visit.print')}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <LabelledText label={t('visit.visitedOn')}>{formatDate(data.visitedOn, lang, { style: 'long' })}</LabelledText>
          <LabelledText label={t('visit.total')}>
            <Text component="span" fw={700} size="xl">
              {formatTwoDecimals(data.total, lang)}
            </Text>
          </LabelledText>
          <LabelledText label={t('visit.level')}>{data.level ?? t('visit.noLevel')}</LabelledText>
          <LabelledText label={t('visit.visitors')}>{data.visitors ?? t('visit.visitorsHidden')}</LabelledText>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="sm">
          {localizedName(data.district, lang)} · {t('visit.revision', { revision: data.rubricRevision })}
        </Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="visit-scores-heading">
        <Title order={3} size="h4" id="visit-scores-heading" mb="sm">
          {t('visit.scores')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('visit.criterion')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('visit.weight')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('visit.score')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.scores.map((score) => (
              <Table.Tr key={score.criterionId}>
                <Table.Th scope="row" fw={400}>
                  {score.position}. {score.name}
                  {score.note && (
                    <Text size="sm" c="dimmed">
                      {score.note}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">{score.weight}</Table.Td>
                <Table.Td ta="right">{score.score}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          {data.strengths && <LabelledText label={t('visit.strengths')}>{data.strengths}</LabelledText>}
          {data.advice && <LabelledText label={t('visit.advice')}>{data.advice}</LabelledText>}
          {data.followUp && (
            <Stack gap={4}>
              <LabelledText label={t('visit.followUp')}>{data.followUp}</LabelledText>
              <Group gap="xs">
                {data.followUpDoneOn ? (
                  <Badge color="green" variant="light">
                    {t('visit.followUpDoneOn', { date: formatDate(data.followUpDoneOn, lang) })}
                  </Badge>
                ) : (
                  data.followUpDueOn && (
                    <Badge color={data.followUpOverdue ? 'red' : 'gray'} variant="light">
                      {t('visit.followUpDue', { date: formatDate(data.followUpDueOn, lang) })}
                    </Badge>
                  )
                )}
                {canEdit && !data.followUpDoneOn && (
                  <Button size="compact-sm" variant="light" loading={save.isPending} onClick={() => void followUpDone().catch(() => {})}>
                    {t('visit.markFollowUpDone')}
                  </Button>
                )}
              </Group>
              {save.isError && <ProblemAlert error={save.error} />}
            </Stack>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <AttachmentList
          title={t('visit.photos.title')}
          files={data.photos}
          editable={canEdit}
          accept={IMAGE_ACCEPT}
          addLabel={t('visit.photos.add')}
          help={t('visit.photos.help')}
          empty={t('visit.photos.empty')}
          load={(file) => getVisitPhoto(data.id, file.id)}
          add={(file) => upload.mutateAsync({ visitId: data.id, file })}
          remove={(file) => remove.mutateAsync({ visitId: data.id, file })}
        />
      </Paper>
    </Stack>
  );
}
