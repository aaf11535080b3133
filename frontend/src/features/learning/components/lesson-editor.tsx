import { Button, Group, MultiSelect, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CenterSelect } from '@/components/center-select';
import { ProblemAlert } from '@/components/problem-alert';
import { useActivityOptions, usePartnerOptions } from '../api/get-options';
import type { Lesson } from '../api/get-lesson';
import { type LessonRequest, useSaveLesson } from '../api/save-lesson';
import { lessonPath, lessonTopics } from '../utils/topics';

type Topic = (typeof lessonTopics)[number];
const texts = ['problem', 'actions', 'results', 'successFactors', 'advice'] as const;

type FormValues = Omit<LessonRequest, 'topics' | 'activityIds' | 'partnerIds' | 'fiscalYear'> & {
  topics: string[];
  activityIds: string[];
  partnerIds: string[];
};

const toForm = (lesson?: Lesson): FormValues => ({
  centerId: lesson?.centerId ?? '',
  title: lesson?.title ?? '',
  problem: lesson?.problem ?? '',
  actions: lesson?.actions ?? '',
  results: lesson?.results ?? '',
  successFactors: lesson?.successFactors ?? '',
  advice: lesson?.advice ?? '',
  topics: lesson?.topics ?? [],
  activityIds: lesson?.activityIds ?? [],
  partnerIds: lesson?.partners.map((p) => p.partnerId) ?? [],
});

/**
 * Writes a lesson about a center of the user's area, or a new text for a draft or returned one:
 * the story in five parts, the missions and dimensions it concerns, the center's activities that
 * show it and the partners involved. The server checks the rules; its refusal is shown as it says.
 */
export function LessonEditor({ lesson }: { lesson?: Lesson }) {
  const { t } = useTranslation('lessons');
  const navigate = useNavigate();
  const save = useSaveLesson();
  const [problem, setProblem] = useState<unknown>();
  const form = useForm<FormValues>({
    initialValues: toForm(lesson),
    validate: {
      centerId: (value) => (value ? null : t('editor.required')),
      title: (value) => (value.trim() ? null : t('editor.required')),
      topics: (value) => (value.length > 0 ? null : t('editor.topicsRequired')),
      ...Object.fromEntries(texts.map((field) => [field, (value: string) => (value.trim() ? null : t('editor.required'))])),
    },
  });
  const activities = useActivityOptions(form.values.centerId);
  const partners = usePartnerOptions();

  const submit = form.onSubmit(async (values) => {
    setProblem(undefined);
    const request: LessonRequest = { ...values, topics: values.topics as Topic[], fiscalYear: lesson?.fiscalYear };
    try {
      const saved = await save.mutateAsync({ id: lesson?.id, version: lesson?.version, request });
      void navigate(lessonPath(saved.id));
    } catch (failure) {
      setProblem(failure);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Paper withBorder p="md">
          <Stack>
            {lesson ? (
              <TextInput label={t('detail.center')} value={lesson.centerName ?? ''} readOnly />
            ) : (
              <Stack gap={4}>
                <label htmlFor="lesson-center">{t('detail.center')}</label>
                <CenterSelect
                  id="lesson-center"
                  value={form.values.centerId}
                  onChange={(centerId) => form.setValues({ centerId, activityIds: [] })}
                  error={form.errors.centerId}
                />
              </Stack>
            )}
            <TextInput label={t('field.title')} required maxLength={200} {...form.getInputProps('title')} />
            {texts.map((field) => (
              <Textarea
                key={field}
                label={t(`field.${field}`)}
                description={t(`editor.hint.${field}`)}
                required
                autosize
                minRows={3}
                maxLength={4000}
                {...form.getInputProps(field)}
              />
            ))}
            <MultiSelect
              label={t('field.topics')}
              required
              data={lessonTopics.map((topic) => ({ value: topic, label: t(`activityType.${topic}`, { ns: 'common' }) }))}
              {...form.getInputProps('topics')}
            />
            <MultiSelect
              label={t('field.activities')}
              data={(activities.data ?? []).map((a) => ({ value: a.id, label: a.label }))}
              searchable
              disabled={!form.values.centerId}
              {...form.getInputProps('activityIds')}
            />
            <MultiSelect
              label={t('field.partners')}
              data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
              searchable
              {...form.getInputProps('partnerIds')}
            />
          </Stack>
        </Paper>
        {problem !== undefined && <ProblemAlert error={problem} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {lesson ? t('editor.save') : t('editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
