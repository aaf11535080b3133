import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import type { Meeting, Resolution } from '../api/get-meeting';
import { useSettleResolution } from '../api/settle-resolution';
import { ResolutionDoneModal } from './resolution-done-modal';

type ResolutionListProps = { meeting: Meeting; canSettle: boolean };

/** The meeting's resolutions in the order of the minutes; those who keep the area mark them done or open again. */
export function ResolutionList({ meeting, canSettle }: ResolutionListProps) {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const [marking, setMarking] = useState<Resolution>();
  const reopen = useSettleResolution();

  const open = async (resolution: Resolution) => {
    try {
      await reopen.mutateAsync({ meetingId: meeting.id, version: meeting.version, resolutionId: resolution.id, request: { done: false } });
      notifications.show({ color: 'green', message: t('resolution.saved') });
    } catch {
      // Shown below the list from the mutation's error.
    }
  };

  if (meeting.resolutions.length === 0) return <Text c="dimmed">{t('detail.noResolutions')}</Text>;
  return (
    <Stack gap="xs">
      {reopen.isError && <ProblemAlert error={reopen.error} />}
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {meeting.resolutions.map((resolution) => (
          <Paper component="li" key={resolution.id} withBorder p="sm" aria-label={t('resolution.number', { no: resolution.position })}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={500}>
                  {resolution.position}. {resolution.text}
                </Text>
                <Group gap="md">
                  {resolution.assignee && <Text size="sm">{t('resolution.assignee', { name: resolution.assignee })}</Text>}
                  {resolution.dueOn && <Text size="sm">{t('resolution.dueOn', { date: formatDate(resolution.dueOn, lang) })}</Text>}
                </Group>
                {resolution.done && resolution.doneNote && (
                  <Text size="sm" c="dimmed">
                    {resolution.doneNote}
                  </Text>
                )}
              </Stack>
              <Stack gap={4} align="flex-end">
                {resolution.done ? (
                  <Badge color="green" variant="light">
                    {t('resolution.doneOn', { date: formatDate(resolution.doneOn ?? '', lang) })}
                  </Badge>
                ) : (
                  <Badge color={resolution.overdue ? 'red' : 'gray'} variant="light">
                    {t(resolution.overdue ? 'resolution.overdue' : 'resolution.open')}
                  </Badge>
                )}
                {canSettle &&
                  (resolution.done ? (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      loading={reopen.isPending}
                      aria-label={`${t('resolution.reopen')}: ${t('resolution.number', { no: resolution.position })}`}
                      onClick={() => void open(resolution)}
                    >
                      {t('resolution.reopen')}
                    </Button>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={`${t('resolution.markDone')}: ${t('resolution.number', { no: resolution.position })}`}
                      onClick={() => setMarking(resolution)}
                    >
                      {t('resolution.markDone')}
                    </Button>
                  ))}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ResolutionDoneModal meeting={meeting} resolution={marking} onClose={() => setMarking(undefined)} />
    </Stack>
  );
}
