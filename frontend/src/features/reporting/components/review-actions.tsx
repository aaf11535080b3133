import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/problem';
import { useAcceptDistrictReport } from '../api/accept-district-report';
import type { DistrictReport } from '../api/get-district-report';
import { districtReportKeys } from '../api/query-keys';
import { useReopenDistrictReport } from '../api/reopen-district-report';
import { useReturnDistrictReport } from '../api/return-district-report';

type Action = 'return' | 'accept' | 'reopen';

const TEXT_MAX = 2000;

/** The province's (or department's) decisions on a report: return, accept, or reopen once accepted. */
export function ReviewActions({ report }: { report: DistrictReport }) {
  const { t } = useTranslation('reporting');
  const [action, setAction] = useState<Action | null>(null);
  const actions: Action[] = report.state === 'SUBMITTED' ? ['return', 'accept'] : report.state === 'ACCEPTED' ? ['reopen'] : [];
  if (actions.length === 0) return null;

  return (
    <>
      <Group gap="xs">
        {actions.map((a) => (
          <Button
            key={a}
            color={a === 'accept' ? 'teal' : 'orange'}
            variant={a === 'accept' ? 'filled' : 'light'}
            onClick={() => setAction(a)}
          >
            {t(`review.${a}.button`)}
          </Button>
        ))}
      </Group>
      <Modal opened={action !== null} onClose={() => setAction(null)} title={action ? t(`review.${action}.title`) : ''}>
        {action && <ReviewForm action={action} report={report} onDone={() => setAction(null)} />}
      </Modal>
    </>
  );
}

function ReviewForm({ action, report, onDone }: { action: Action; report: DistrictReport; onDone: () => void }) {
  const { t } = useTranslation('reporting');
  const queryClient = useQueryClient();
  const returnReport = useReturnDistrictReport();
  const accept = useAcceptDistrictReport();
  const reopen = useReopenDistrictReport();
  const mutation = { return: returnReport, accept, reopen }[action];
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const required = action !== 'accept';
  const fieldId = `review-${action}-text`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (required && !value) {
      setError(t(`review.${action}.required`));
      document.getElementById(fieldId)?.focus();
      return;
    }
    if (value.length > TEXT_MAX) {
      setError(t('form.errors.tooLong', { max: TEXT_MAX }));
      return;
    }
    const target = { deadlineId: report.deadline.id, districtCode: report.districtCode, version: report.version };
    try {
      if (action === 'return') await returnReport.mutateAsync({ ...target, comment: value });
      else if (action === 'accept') await accept.mutateAsync({ ...target, comment: value || undefined });
      else await reopen.mutateAsync({ ...target, reason: value });
      notifications.show({ color: 'green', message: t(`review.${action}.done`) });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'reporting.review.comment-required') || isProblem(failure, 'reporting.review.reason-required')) {
        setError(t(`review.${action}.required`));
      }
      // The district may have changed it meanwhile: show the report as it is now.
      if (isProblem(failure, 'version.stale') || isProblem(failure, 'reporting.report.state')) {
        void queryClient.invalidateQueries({ queryKey: districtReportKeys.detail(report.deadline.id, report.districtCode) });
      }
    }
  }

  const failure = mutation.error;
  const showProblem =
    failure &&
    !isProblem(failure, 'reporting.review.comment-required') &&
    !isProblem(failure, 'reporting.review.reason-required');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">{t(`review.${action}.help`)}</Text>
        {showProblem && <ProblemAlert error={failure} />}
        <Textarea
          id={fieldId}
          label={t(`review.${action}.label`)}
          required={required}
          autosize
          minRows={3}
          value={text}
          error={error}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} color={action === 'accept' ? 'teal' : 'orange'}>
            {t(`review.${action}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
