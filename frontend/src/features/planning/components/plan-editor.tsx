import { ActionIcon, Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { activityCategories, activityTypesByCategory } from '@/config/activity-types';
import { formatDate } from '@/lib/dates';
import { validateWith } from '@/lib/form';
import type { Plan } from '../api/get-plan';
import { useMeetings } from '../api/get-meetings';
import { usePartnerOptions } from '../api/get-partner-options';
import { usePutPlan } from '../api/save-plan';
import { emptyLine, formToRequest, planSchema, planToForm, type PlanFormValues } from '../utils/plan-form';

type PlanEditorProps = { centerId: string; fiscalYear: number; plan: Plan | null };

const QUARTERS = ['1', '2', '3', '4'];

/**
 * Makes or changes a center's plan for the year: the targets, the meeting it came from, and the
 * activities planned per quarter. A confirmed plan stays confirmed; the change goes into its history.
 */
export function PlanEditor({ centerId, fiscalYear, plan }: PlanEditorProps) {
  const { t } = useTranslation('plans');
  const common = useTranslation().t;
  const navigate = useNavigate();
  const put = usePutPlan();
  const meetings = useMeetings({ fiscalYear, size: 50, page: 0 });
  const partners = usePartnerOptions();
  const partnerChoices = [{ value: '', label: t('form.noPartner') }, ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))];
  const [problem, setProblem] = useState<unknown>();
  const form = useForm<PlanFormValues>({ initialValues: planToForm(plan), validate: validateWith(planSchema(t)) });
  const back = `/centers/${centerId}`;
  const typeOptions = activityCategories.map((category) => ({
    group: common(`activityCategory.${category}`),
    items: activityTypesByCategory[category].map((type) => ({ value: type, label: common(`activityType.${type}`) })),
  }));

  const submit = form.onSubmit(async (values) => {
    setProblem(undefined);
    try {
      await put.mutateAsync({ centerId, fiscalYear, version: plan?.version, request: formToRequest(values) });
      notifications.show({ color: 'green', message: t('form.saved') });
      void navigate(back);
    } catch (failure) {
      setProblem(failure);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem !== undefined && <ProblemAlert error={problem} />}
        {plan?.state === 'CONFIRMED' && (
          <Alert color="blue" variant="light">
            {t('form.confirmedNotice')}
          </Alert>
        )}
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('form.targetActivities')} inputMode="numeric" {...form.getInputProps('targetActivities')} />
            <TextInput label={t('form.targetParticipants')} inputMode="numeric" {...form.getInputProps('targetParticipants')} />
            <NativeSelect
              label={t('form.meeting')}
              data={[
                { value: '', label: t('form.noMeeting') },
                ...(meetings.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.title} (${formatDate(m.heldOn, 'th')})` })),
              ]}
              {...form.getInputProps('meetingId')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="plan-lines-heading">
          <Stack>
            <Title order={3} size="h5" id="plan-lines-heading">
              {t('form.lines')}
            </Title>
            {form.values.lines.map((line, index) => (
              <Group key={line.key} align="flex-start" wrap="nowrap" gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 5 }} style={{ flex: 1 }} aria-label={t('form.line', { no: index + 1 })} role="group">
                  <NativeSelect
                    label={t('form.quarter')}
                    data={QUARTERS.map((q) => ({ value: q, label: t('lines.quarterValue', { quarter: q }) }))}
                    {...form.getInputProps(`lines.${index}.quarter`)}
                  />
                  <NativeSelect
                    label={t('form.type')}
                    required
                    data={[{ value: '', label: common('centerSelect.choose') }, ...typeOptions]}
                    {...form.getInputProps(`lines.${index}.type`)}
                  />
                  <TextInput label={t('form.titleField')} required {...form.getInputProps(`lines.${index}.title`)} />
                  <TextInput label={t('form.participants')} inputMode="numeric" {...form.getInputProps(`lines.${index}.expectedParticipants`)} />
                  <NativeSelect label={t('form.partner')} data={partnerChoices} {...form.getInputProps(`lines.${index}.partnerId`)} />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt="lg"
                  aria-label={t('form.removeLine', { no: index + 1 })}
                  onClick={() => form.removeListItem('lines', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => form.insertListItem('lines', emptyLine(form.values.lines.at(-1)?.quarter ?? '1'))}
              >
                {t('form.addLine')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(back)}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={put.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
