import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { ProblemError, isProblem, translateFieldError } from '@/lib/problem';
import type { Deadline } from '../api/get-deadlines';
import { useMoveDeadline } from '../api/move-deadline';
import { deadlineKeys } from '../api/query-keys';
import { useSetProvinceDeadline } from '../api/set-province-deadline';
import { useSetProvinceReportDue } from '../api/set-province-report-due';
import { deadlineTitle } from '../utils/deadline';

/** The department's date, a province's earlier one for its districts, or when provinces report to the department. */
export type DateScope = { kind: 'national' } | { kind: 'province'; provinceCode: string } | { kind: 'provinceReport' };

const titles = {
  national: 'deadlines.move.title',
  province: 'deadlines.province.title',
  provinceReport: 'deadlines.provinceReport.title',
} as const;

function initialDate(deadline: Deadline, scope: DateScope): string {
  if (scope.kind === 'province') return deadline.provinceDueOn ?? deadline.dueOn;
  if (scope.kind === 'provinceReport') return deadline.provinceReportDueOn ?? deadline.dueOn;
  return deadline.dueOn;
}

type DeadlineDateModalProps = { deadline: Deadline; scope: DateScope; onClose: () => void };

/** Moves the department's date, sets the province's earlier date, or sets the provinces' date to report, of one deadline. */
export function DeadlineDateModal({ deadline, scope, onClose }: DeadlineDateModalProps) {
  const { t, i18n } = useTranslation('reporting');
  const title = t(titles[scope.kind]);
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Text fw={500}>{deadlineTitle(deadline, i18n.language)}</Text>
        <DeadlineDateForm deadline={deadline} scope={scope} onDone={onClose} />
      </Stack>
    </Modal>
  );
}

function DeadlineDateForm({ deadline, scope, onDone }: { deadline: Deadline; scope: DateScope; onDone: () => void }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const move = useMoveDeadline();
  const setProvince = useSetProvinceDeadline();
  const setProvinceReport = useSetProvinceReportDue();
  const mutation = { national: move, province: setProvince, provinceReport: setProvinceReport }[scope.kind];
  const [dueOn, setDueOn] = useState(initialDate(deadline, scope));
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dueOn) {
      setError(t('deadlines.errors.required'));
      return;
    }
    if (scope.kind === 'province' && dueOn > deadline.dueOn) {
      setError(t('reporting.deadline.later-than-national', { ns: 'problem', keySeparator: false }));
      return;
    }
    if (scope.kind === 'provinceReport' && dueOn < deadline.dueOn) {
      setError(t('reporting.deadline.before-districts', { ns: 'problem', keySeparator: false }));
      return;
    }
    try {
      if (scope.kind === 'national') await move.mutateAsync({ id: deadline.id, version: deadline.version, dueOn });
      // The provinces' date rides on the deadline itself, so it carries the deadline's version.
      else if (scope.kind === 'provinceReport')
        await setProvinceReport.mutateAsync({ id: deadline.id, version: deadline.version, dueOn });
      else
        await setProvince.mutateAsync({
          id: deadline.id,
          provinceCode: scope.provinceCode,
          version: deadline.provinceVersion,
          dueOn,
        });
      notifications.show({ color: 'green', message: t('deadlines.saved') });
      onDone();
    } catch (failure) {
      // The latest version loads, so saving again applies this date on top of it.
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: deadlineKeys.all() });
      const fieldError = failure instanceof ProblemError ? failure.errors.find((e) => e.field === 'dueOn') : undefined;
      if (fieldError) setError(translateFieldError(t, fieldError));
    }
  }

  const failure = mutation.error;
  const showProblem = failure && !(failure instanceof ProblemError && failure.errors.some((e) => e.field === 'dueOn'));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {scope.kind === 'province' && (
          <Text size="sm">{t('deadlines.province.help', { date: formatDate(deadline.dueOn, lang, { style: 'long' }) })}</Text>
        )}
        {scope.kind === 'provinceReport' && (
          <Text size="sm">
            {t('deadlines.provinceReport.help', { date: formatDate(deadline.dueOn, lang, { style: 'long' }) })}
          </Text>
        )}
        {showProblem &&
          (isProblem(failure, 'version.stale') ? (
            <Alert color="orange" variant="light">
              {t('deadlines.stale')}
            </Alert>
          ) : (
            <ProblemAlert error={failure} />
          ))}
        <TextInput
          type="date"
          label={t('deadlines.dueOn')}
          required
          value={dueOn}
          error={error}
          description={dueOn ? t('deadlines.beDate', { date: formatDate(dueOn, lang, { style: 'long' }) }) : undefined}
          onChange={(event) => {
            setDueOn(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
