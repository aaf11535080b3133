import { Badge, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/dates';
import { currentFiscalYear } from '@/lib/fiscal-year';
import { formatCount } from '@/lib/numbers';
import { usePlan } from '../api/get-plan';
import { usePlanHistory } from '../api/get-plan-history';
import { useConfirmPlan, useCopyPlan } from '../api/save-plan';
import { planEditPath } from '../utils/plan-paths';
import { PlanLinesTable } from './plan-lines-table';

/**
 * The center's driving plan on its page: the year's lines with what was done of each, the
 * targets, and for those who keep the center, making, copying, confirming and changing it.
 */
export function CenterPlanSection({ centerId, canWrite }: { centerId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation('plans');
  const common = useTranslation().t;
  const lang = i18n.language;
  const thisYear = currentFiscalYear();
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const plan = usePlan(centerId, fiscalYear);
  const confirm = useConfirmPlan();
  const copy = useCopyPlan();
  const [showHistory, setShowHistory] = useState(false);
  const history = usePlanHistory(centerId, fiscalYear, showHistory && Boolean(plan.data));
  const data = plan.data;
  const failure = confirm.error ?? copy.error;

  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message });
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <Stack component="section" aria-labelledby="center-plan-heading">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="center">
          <Title order={3} size="h4" id="center-plan-heading">
            {t('section.heading')}
          </Title>
          {data && <Badge variant="light" color={data.state === 'CONFIRMED' ? 'green' : 'blue'}>{t(`state.${data.state}`)}</Badge>}
        </Group>
        <NativeSelect
          size="xs"
          aria-label={common('fiscal.year')}
          value={String(fiscalYear)}
          data={[thisYear + 1, thisYear, thisYear - 1].map((year) => ({ value: String(year), label: common('fiscal.yearOption', { year }) }))}
          onChange={(event) => setFiscalYear(Number(event.currentTarget.value))}
        />
      </Group>
      {plan.isPending && <Loading />}
      {plan.isError && <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {failure && <ProblemAlert error={failure} />}
      {data === null && (
        <Stack gap="xs">
          <Text c="dimmed">{t('section.none')}</Text>
          {canWrite && (
            <Group gap="xs">
              <Button size="xs" component={Link} to={planEditPath(centerId, fiscalYear)}>
                {t('section.make')}
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={copy.isPending}
                onClick={() => void run(() => copy.mutateAsync({ centerId, fiscalYear }), t('section.copied'))}
              >
                {t('section.copy')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {data && (
        <Stack gap="xs">
          <Text size="sm">
            {t('section.progress', {
              done: formatCount(data.progress.done, lang),
              differently: formatCount(data.progress.doneDifferently, lang),
              notYet: formatCount(data.progress.notYet, lang),
              lines: formatCount(data.progress.lines, lang),
            })}
          </Text>
          {(data.targetActivities !== undefined || data.targetParticipants !== undefined) && (
            <Text size="sm" c="dimmed">
              {t('section.targets', {
                activities: data.targetActivities === undefined ? '–' : formatCount(data.targetActivities, lang),
                participants: data.targetParticipants === undefined ? '–' : formatCount(data.targetParticipants, lang),
              })}
            </Text>
          )}
          <PlanLinesTable lines={data.lines} fiscalYear={fiscalYear} />
          {data.confirmedAt && (
            <Text size="xs" c="dimmed">
              {t('section.confirmedBy', { date: formatDateTime(data.confirmedAt, lang), user: data.confirmedBy })}
            </Text>
          )}
          <Group gap="xs">
            {canWrite && (
              <Button size="xs" variant="default" component={Link} to={planEditPath(centerId, fiscalYear)}>
                {t('section.edit')}
              </Button>
            )}
            {canWrite && data.state === 'DRAFT' && (
              <Button
                size="xs"
                loading={confirm.isPending}
                onClick={() => void run(() => confirm.mutateAsync({ centerId, fiscalYear, version: data.version }), t('section.confirmed'))}
              >
                {t('section.confirm')}
              </Button>
            )}
            <Button size="xs" variant="subtle" aria-expanded={showHistory} onClick={() => setShowHistory((open) => !open)}>
              {t('section.history')}
            </Button>
          </Group>
          {showHistory && history.data && (
            <List size="sm">
              {history.data.map((event) => (
                <List.Item key={event.id}>
                  {t('section.historyItem', {
                    date: formatDateTime(event.occurredAt, lang),
                    user: event.actor,
                    action: t(`section.actions.${event.action}`, { defaultValue: event.action }),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Stack>
  );
}
