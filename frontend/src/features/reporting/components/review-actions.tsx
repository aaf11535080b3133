import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/problem';
import { textContext, type ReportActions, type ReviewedReport } from '../api/report-actions';

type Action = 'return' | 'accept' | 'reopen';

const TEXT_MAX = 2000;

type ReviewActionsProps<R extends ReviewedReport> = { report: R; actions: ReportActions<R> };

/**
 * The reviewer's decisions on a report (the province's on a district's, the department's on a
 * province's): return, accept, or reopen once accepted.
 */
export function ReviewActions<R extends ReviewedReport>({ report, actions: reportActions }: ReviewActionsProps<R>) {
  const { t } = useTranslation('reporting');
  const context = textContext(reportActions.level);
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
      <Modal opened={action !== null} onClose={() => setAction(null)} title={action ? t(`review.${action}.title`, { context }) : ''}>
        {action && <ReviewForm action={action} report={report} actions={reportActions} onDone={() => setAction(null)} />}
      </Modal>
    </>
  );
}

type ReviewFormProps<R extends ReviewedReport> = ReviewActionsProps<R> & { action: Action; onDone: () => void };

function ReviewForm<R extends ReviewedReport>({ action, report, actions, onDone }: ReviewFormProps<R>) {
  const { t } = useTranslation('reporting');
  const context = textContext(actions.level);
  const queryClient = useQueryClient();
  const pending = { return: actions.returnReport, accept: actions.accept, reopen: actions.reopen }[action].isPending;
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  // This attempt's failure, not the mutation's: the mutations outlive the dialog.
  const [failure, setFailure] = useState<unknown>();
  const required = action !== 'accept';
  const fieldId = `review-${action}-text`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (required && !value) {
      setError(t(`review.${action}.required`, { context }));
      document.getElementById(fieldId)?.focus();
      return;
    }
    if (value.length > TEXT_MAX) {
      setError(t('form.errors.tooLong', { max: TEXT_MAX }));
      return;
    }
    const { version } = report;
    setFailure(undefined);
    try {
      if (action === 'return') await actions.returnReport.run({ version, comment: value });
      else if (action === 'accept') await actions.accept.run({ version, comment: value || undefined });
      else await actions.reopen.run({ version, reason: value });
      notifications.show({ color: 'green', message: t(`review.${action}.done`, { context }) });
      onDone();
    } catch (caught) {
      setFailure(caught);
      if (isProblem(caught, 'reporting.review.comment-required') || isProblem(caught, 'reporting.review.reason-required')) {
        setError(t(`review.${action}.required`, { context }));
      }
      // Its author may have changed it meanwhile: show the report as it is now.
      if (isProblem(caught, 'version.stale') || isProblem(caught, 'reporting.report.state')) {
        void queryClient.invalidateQueries({ queryKey: actions.queryKey });
      }
    }
  }

  const showProblem =
    failure !== undefined &&
    !isProblem(failure, 'reporting.review.comment-required') &&
    !isProblem(failure, 'reporting.review.reason-required');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">{t(`review.${action}.help`, { context })}</Text>
        {showProblem && <ProblemAlert error={failure} />}
        <Textarea
          id={fieldId}
          label={t(`review.${action}.label`, { context })}
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
          <Button type="submit" loading={pending} color={action === 'accept' ? 'teal' : 'orange'}>
            {t(`review.${action}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
