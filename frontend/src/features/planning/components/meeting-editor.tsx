import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { participantGroups } from '@/config/program';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { useCreateMeeting } from '../api/create-meeting';
import type { Meeting } from '../api/get-meeting';
import type { MeetingLevel } from '../api/get-meetings';
import { useUpdateMeeting } from '../api/update-meeting';
import { meetingPath } from '../utils/meeting-area';
import {
  emptyMeetingForm,
  emptyResolution,
  formToRequest,
  meetingFields,
  meetingSchema,
  meetingToForm,
  type MeetingField,
  type MeetingFormValues,
} from '../utils/meeting-form';
import { MeetingAreaFields } from './meeting-area-fields';

const fieldId = (field: MeetingField) => `meeting-${field}`;

type MeetingEditorProps = {
  meeting?: Meeting;
  /** The user's own area code ('' for the department): where a new meeting is held unless changed. */
  areaCode: string;
  /** The levels the user may record: the department all, a province its own and below, a district its own and its centers'. */
  levels: readonly MeetingLevel[];
};

/**
 * Records a meeting, or new minutes for one: where and when, who came (counted by the five target
 * groups, names optional), the agenda and the resolutions in order. A resolution already saved
 * keeps its id, so one marked done stays done.
 */
export function MeetingEditor({ meeting, areaCode, levels }: MeetingEditorProps) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const update = useUpdateMeeting();
  const form = useForm<MeetingFormValues>({
    initialValues: meeting ? meetingToForm(meeting) : emptyMeetingForm(areaCode),
    validate: validateWith(meetingSchema(t)),
  });
  const { values, errors } = form;
  const [problem, setProblem] = useState<unknown>();
  const set = (changes: Partial<MeetingFormValues>) => changeFields(form, changes);
  const done = new Set(meeting?.resolutions.filter((r) => r.done).map((r) => r.id));

  const submit = form.onSubmit(
    async (checked) => {
      setProblem(undefined);
      const request = formToRequest(checked);
      try {
        const saved = meeting
          ? await update.mutateAsync({ id: meeting.id, version: meeting.version, request })
          : await create.mutateAsync(request);
        notifications.show({ color: 'green', message: t(meeting ? 'form.saved' : 'form.created') });
        void navigate(meetingPath(saved.id));
      } catch (failure) {
        showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: meetingFields, fieldId });
      }
    },
    (found) => focusFirstError(found, meetingFields, fieldId),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem !== undefined && <ProblemAlert error={problem} />}
        <Paper withBorder p="md">
          <Stack>
            {meeting ? (
              <Text size="sm">
                {t('form.level')}: {t(`level.${meeting.level}`)} · {t('form.levelFixed')}
              </Text>
            ) : (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="meeting-level-label">
                  {t('form.level')}
                </Text>
                <SegmentedControl
                  id={fieldId('level')}
                  aria-labelledby="meeting-level-label"
                  value={values.level}
                  data={levels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
                  onChange={(level) => set({ level: level as MeetingLevel, centerId: '' })}
                />
              </Stack>
            )}
            {!meeting && (
              <MeetingAreaFields
                level={values.level}
                areaCode={values.areaCode}
                centerId={values.centerId}
                onChange={(changes) => set(changes)}
                areaError={errors.areaCode}
                centerError={errors.centerId}
                areaId={fieldId('areaCode')}
                centerIdField={fieldId('centerId')}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput id={fieldId('heldOn')} type="date" label={t('form.heldOn')} required {...form.getInputProps('heldOn')} />
              <TextInput id={fieldId('place')} label={t('form.place')} required {...form.getInputProps('place')} />
            </SimpleGrid>
            <TextInput id={fieldId('title')} label={t('form.title')} description={t('form.titleHelp')} required {...form.getInputProps('title')} />
            <Textarea id={fieldId('agenda')} label={t('form.agenda')} required autosize minRows={3} {...form.getInputProps('agenda')} />
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="fieldset">
          <Title order={3} size="h5" component="legend">
            {t('form.attendees')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
            {participantGroups.map((group) => (
              <TextInput
                key={group}
                id={fieldId(group)}
                label={t(`attendees.${group}`)}
                inputMode="numeric"
                required
                {...form.getInputProps(group)}
              />
            ))}
          </SimpleGrid>
          <Textarea
            id={fieldId('attendeeNames')}
            mt="sm"
            label={t('form.attendeeNames')}
            description={t('form.attendeeNamesHelp')}
            autosize
            minRows={2}
            {...form.getInputProps('attendeeNames')}
          />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="meeting-resolutions-form-heading">
          <Stack>
            <Title order={3} size="h5" id="meeting-resolutions-form-heading">
              {t('form.resolutions')}
            </Title>
            {values.resolutions.map((resolution, index) => (
              <Group key={resolution.key} align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <Group gap="xs">
                    <TextInput
                      style={{ flex: 1 }}
                      label={t('form.resolutionText', { no: index + 1 })}
                      required
                      {...form.getInputProps(`resolutions.${index}.text`)}
                    />
                    {resolution.id && done.has(resolution.id) && (
                      <Badge color="green" variant="light" mt="lg">
                        {t('form.doneKept')}
                      </Badge>
                    )}
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label={t('form.assignee')} {...form.getInputProps(`resolutions.${index}.assignee`)} />
                    <TextInput type="date" label={t('form.dueOn')} {...form.getInputProps(`resolutions.${index}.dueOn`)} />
                  </SimpleGrid>
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt="lg"
                  aria-label={t('form.removeResolution', { no: index + 1 })}
                  onClick={() => form.removeListItem('resolutions', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" onClick={() => form.insertListItem('resolutions', emptyResolution())}>
                {t('form.addResolution')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(meeting ? meetingPath(meeting.id) : '/meetings')}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
