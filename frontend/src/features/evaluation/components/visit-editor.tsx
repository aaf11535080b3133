import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CenterSelect } from '@/components/center-select';
import { ProblemAlert } from '@/components/problem-alert';
import { todayInBangkok } from '@/lib/dates';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { useCurrentPosition } from '@/lib/use-current-position';
import type { Rubric } from '../api/get-rubric';
import type { Visit } from '../api/get-visit';
import { useSaveVisit } from '../api/save-visit';
import { visitPath } from '../utils/paths';
import {
  emptyVisitForm,
  formToRequest,
  visitFields,
  visitSchema,
  visitToForm,
  type VisitField,
  type VisitFormValues,
} from '../utils/visit-form';

const fieldId = (field: VisitField) => `visit-${field}`;
const SCORES = ['1', '2', '3', '4', '5'];

type VisitEditorProps = {
  rubric: Rubric;
  visit?: Visit;
  /** The center visited, when the visit starts from its page. */
  centerId?: string;
};

/**
 * Records a visit at the center, on a phone held in one hand: the center, the date (today), who
 * came, the phone's position if wanted, then a 1–5 score per criterion with big buttons, and what
 * was found and advised. The total and level come back from the server, which scores by the rubric.
 */
export function VisitEditor({ rubric, visit, centerId = '' }: VisitEditorProps) {
  const { t } = useTranslation('evaluation');
  const navigate = useNavigate();
  const save = useSaveVisit();
  const position = useCurrentPosition();
  const form = useForm<VisitFormValues>({
    initialValues: visit ? visitToForm(visit) : emptyVisitForm(rubric, centerId, todayInBangkok()),
    validate: validateWith(visitSchema(t)),
  });
  const { values, errors } = form;
  const [problem, setProblem] = useState<unknown>();
  const set = (changes: Partial<VisitFormValues>) => changeFields(form, changes);
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));

  const submit = form.onSubmit(
    async (checked) => {
      setProblem(undefined);
      try {
        const saved = await save.mutateAsync({ request: formToRequest(checked), id: visit?.id, version: visit?.version });
        notifications.show({ color: 'green', message: t('form.saved') });
        void navigate(visitPath(saved.id));
      } catch (failure) {
        showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: visitFields, fieldId });
      }
    },
    (found) => focusFirstError(found, visitFields, fieldId),
  );

  return (
    <form onSubmit={submit} noValidate style={{ maxWidth: 640 }}>
      <Stack gap="lg">
        {problem !== undefined && <ProblemAlert error={problem} />}
        {visit ? (
          <Text fw={500}>{visit.centerName}</Text>
        ) : (
          <CenterSelect id={fieldId('centerId')} value={values.centerId} error={errors.centerId} onChange={(id) => set({ centerId: id })} />
        )}
        <TextInput id={fieldId('visitedOn')} type="date" size="lg" label={t('form.visitedOn')} required max={todayInBangkok()} {...form.getInputProps('visitedOn')} />
        <TextInput id={fieldId('visitors')} size="lg" label={t('form.visitors')} description={t('form.visitorsHelp')} required {...form.getInputProps('visitors')} />
        {position.supported && (
          <Stack gap={4}>
            <Button variant="light" size="md" loading={position.locating} onClick={() => position.locate((point) => set(point))}>
              {t('form.locate')}
            </Button>
            {values.latitude && (
              <Text size="sm" c="dimmed">
                {t('form.located', { latitude: values.latitude, longitude: values.longitude })}
              </Text>
            )}
            {position.failed && (
              <Text size="sm" c="orange.8">
                {t('form.gpsFailed')}
              </Text>
            )}
          </Stack>
        )}
        <Paper withBorder p="sm" component="fieldset" id={fieldId('scores')}>
          <Title order={3} size="h5" component="legend">
            {t('form.scores')}
          </Title>
          <Stack gap="md">
            {values.scores.map((score, index) => {
              const criterion = criteria.get(score.criterionId);
              const label = t('form.scoreOf', { name: criterion?.name ?? '', weight: criterion?.weight ?? 0 });
              const error = errors[`scores.${index}.score`];
              return (
                <Stack key={score.criterionId} gap={4}>
                  <Text fw={500} id={`score-label-${index}`}>
                    {criterion?.position}. {criterion?.name}
                  </Text>
                  {criterion?.description && (
                    <Text size="sm" c="dimmed">
                      {criterion.description}
                    </Text>
                  )}
                  <SegmentedControl
                    fullWidth
                    size="lg"
                    aria-label={label}
                    data={SCORES}
                    value={score.score}
                    onChange={(value) => form.setFieldValue(`scores.${index}.score`, value)}
                  />
                  {error && (
                    <Text size="sm" c="red.8" role="alert">
                      {error}
                    </Text>
                  )}
                  <TextInput size="md" aria-label={`${t('form.note')}: ${criterion?.name ?? ''}`} placeholder={t('form.note')} {...form.getInputProps(`scores.${index}.note`)} />
                </Stack>
              );
            })}
          </Stack>
        </Paper>
        <Textarea id={fieldId('strengths')} size="md" label={t('form.strengths')} autosize minRows={2} {...form.getInputProps('strengths')} />
        <Textarea id={fieldId('advice')} size="md" label={t('form.advice')} autosize minRows={2} {...form.getInputProps('advice')} />
        <Textarea id={fieldId('followUp')} size="md" label={t('form.followUp')} autosize minRows={2} {...form.getInputProps('followUp')} />
        <TextInput id={fieldId('followUpDueOn')} type="date" size="md" label={t('form.followUpDueOn')} {...form.getInputProps('followUpDueOn')} />
        <Group grow>
          <Button variant="default" size="lg" onClick={() => void navigate(visit ? visitPath(visit.id) : '/evaluation')}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" size="lg" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
