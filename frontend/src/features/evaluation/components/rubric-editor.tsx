import { ActionIcon, Alert, Button, Group, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { validateWith } from '@/lib/form';
import type { Rubric } from '../api/get-rubric';
import { usePutRubric } from '../api/put-rubric';
import { emptyCriterion, emptyLevel, formToRequest, rubricSchema, rubricToForm, type RubricFormValues } from '../utils/rubric-form';

type RubricEditorProps = { fiscalYear: number; rubric: Rubric | null };

/**
 * The department sets a year's criteria (each weighted, scored 1–5) and the levels of the total.
 * Saving a rubric that visits used makes a new revision; the page says so before it happens.
 */
export function RubricEditor({ fiscalYear, rubric }: RubricEditorProps) {
  const { t } = useTranslation('evaluation');
  const put = usePutRubric();
  const [problem, setProblem] = useState<unknown>();
  const form = useForm<RubricFormValues>({ initialValues: rubricToForm(rubric), validate: validateWith(rubricSchema(t)) });

  const submit = form.onSubmit(async (values) => {
    setProblem(undefined);
    try {
      const saved = await put.mutateAsync({ fiscalYear, version: rubric?.version, request: formToRequest(values) });
      form.setValues(rubricToForm(saved));
      form.resetDirty();
      notifications.show({ color: 'green', message: t('rubric.saved') });
    } catch (failure) {
      setProblem(failure);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem !== undefined && <ProblemAlert error={problem} />}
        {rubric && <Alert color={rubric.frozen ? 'yellow' : 'blue'} variant="light">{t(rubric.frozen ? 'rubric.frozen' : 'rubric.editable')}</Alert>}
        <Paper withBorder p="md" component="section" aria-labelledby="rubric-criteria-heading">
          <Stack>
            <Title order={3} size="h5" id="rubric-criteria-heading">
              {t('rubric.criteria')}
            </Title>
            {form.values.criteria.map((criterion, index) => (
              <Group key={criterion.key} align="flex-start" wrap="nowrap">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <Group grow align="flex-start">
                    <TextInput label={t('rubric.criterionName', { no: index + 1 })} required {...form.getInputProps(`criteria.${index}.name`)} />
                    <TextInput label={t('rubric.weight')} inputMode="numeric" required maw={120} {...form.getInputProps(`criteria.${index}.weight`)} />
                  </Group>
                  <Textarea label={t('rubric.description')} autosize minRows={1} {...form.getInputProps(`criteria.${index}.description`)} />
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt="lg"
                  disabled={form.values.criteria.length === 1}
                  aria-label={t('rubric.removeCriterion', { no: index + 1 })}
                  onClick={() => form.removeListItem('criteria', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" onClick={() => form.insertListItem('criteria', emptyCriterion())}>
                {t('rubric.addCriterion')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="rubric-levels-heading">
          <Stack>
            <Title order={3} size="h5" id="rubric-levels-heading">
              {t('rubric.levels')}
            </Title>
            {form.values.levels.map((level, index) => (
              <Group key={level.key} align="flex-start" wrap="nowrap">
                <TextInput style={{ flex: 1 }} label={t('rubric.levelName')} required {...form.getInputProps(`levels.${index}.name`)} />
                <TextInput label={t('rubric.minScore')} inputMode="decimal" required maw={140} {...form.getInputProps(`levels.${index}.minScore`)} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt="lg"
                  disabled={form.values.levels.length === 1}
                  aria-label={t('rubric.removeLevel', { no: index + 1 })}
                  onClick={() => form.removeListItem('levels', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" onClick={() => form.insertListItem('levels', emptyLevel())}>
                {t('rubric.addLevel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={put.isPending}>
            {t('rubric.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
