import { Alert, Anchor, Button, Group, Modal, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/dates';
import { useDeadlines } from '../api/get-deadlines';
import { useOfficeContacts } from '../api/get-office-contacts';
import { useReminders } from '../api/get-reminders';
import { useRunReminders } from '../api/run-reminders';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { contactsPath, deadlineTitle } from '../utils/deadline';
import { officeName } from '../utils/office';

/** "BEFORE_7" → "7 days before the due day"; the province summary; anything else as sent. */
function reminderKind(t: TFunction, kind: string): string {
  const before = /^BEFORE_(\d+)$/.exec(kind);
  if (before) return t('reminders.kind.before', { days: Number(before[1]) });
  return kind === 'PROVINCE_SUMMARY' ? t('reminders.kind.PROVINCE_SUMMARY') : t('reminders.kind.other', { kind });
}

/**
 * The reminders sent for the reports of a fiscal year (/reports/reminders?fiscalYear=&deadlineId=):
 * when, to which office and for which report; the offices that get none for want of an e-mail; and,
 * for an administrator, the day's pass run on demand.
 */
export function RemindersRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const access = useReportingAccess();
  const { fiscalYear, params, update } = useReportingParams();
  const deadlineId = params.get('deadlineId') ?? '';
  const deadlines = useDeadlines(fiscalYear);
  const reminders = useReminders(deadlineId);
  const offices = useOfficeContacts('', { enabled: access.canKeepContacts });
  const [confirming, setConfirming] = useState(false);

  if (access.isLoading) return <Loading />;

  const byId = new Map((deadlines.data ?? []).map((d) => [d.id, d]));
  const officeByCode = new Map((offices.data ?? []).map((o) => [o.areaCode, o]));
  // The log holds every year; this page shows the chosen year's reports.
  const rows = (reminders.data ?? []).filter((r) => byId.has(r.deadlineId));
  const withoutAddress = offices.data?.filter((o) => !o.email).length ?? 0;

  return (
    <Stack>
      <Anchor component={Link} to={`/reports/deadlines?fiscalYear=${fiscalYear}`} size="sm">
        {t('deadlines.heading')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('reminders.heading')}</Title>
        {access.canRunReminders && <Button onClick={() => setConfirming(true)}>{t('reminders.run')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('reminders.help')}
      </Text>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('deadlines.filters')}>
        <Group align="flex-end">
          <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year), deadlineId: '' })} />
          <NativeSelect
            label={t('reminders.deadline')}
            value={deadlineId}
            w={360}
            data={[
              { value: '', label: t('reminders.allDeadlines') },
              ...(deadlines.data ?? []).map((d) => ({ value: d.id, label: deadlineTitle(d, lang) })),
            ]}
            onChange={(event) => update({ deadlineId: event.currentTarget.value })}
          />
        </Group>
      </Paper>
      {withoutAddress > 0 && (
        <Alert color="orange" variant="light">
          <Stack gap="xs">
            <Text size="sm">{t('reminders.noAddress', { count: withoutAddress })}</Text>
            <Anchor component={Link} to={contactsPath()} size="sm">
              {t('reminders.noAddressLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {(reminders.isPending || deadlines.isPending) && <Loading />}
      {reminders.isError && <ProblemAlert error={reminders.error} onRetry={() => void reminders.refetch()} />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {reminders.data && deadlines.data && (
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder striped captionSide="top">
            <Table.Caption>{t('reminders.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reminders.columns.sentAt')}</Table.Th>
                <Table.Th scope="col">{t('reminders.columns.deadline')}</Table.Th>
                <Table.Th scope="col">{t('reminders.columns.office')}</Table.Th>
                <Table.Th scope="col">{t('reminders.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('reminders.columns.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t('reminders.empty')}</Table.Td>
                </Table.Tr>
              )}
              {rows.map((reminder) => {
                const deadline = byId.get(reminder.deadlineId);
                const office = officeByCode.get(reminder.areaCode);
                return (
                  <Table.Tr key={`${reminder.deadlineId}-${reminder.areaCode}-${reminder.kind}`}>
                    <Table.Td>{formatDateTime(reminder.sentAt, lang)}</Table.Td>
                    <Table.Td>{deadline ? deadlineTitle(deadline, lang) : reminder.deadlineId}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {office ? officeName(t, office, lang) : reminder.areaCode}
                    </Table.Th>
                    <Table.Td>{reminderKind(t, reminder.kind)}</Table.Td>
                    <Table.Td>{office?.email ?? '–'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {confirming && <RunRemindersModal onClose={() => setConfirming(false)} />}
    </Stack>
  );
}

function RunRemindersModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('reporting');
  const run = useRunReminders();

  async function confirm() {
    try {
      const result = await run.mutateAsync();
      const count = result.sent ?? 0;
      notifications.show({
        color: count > 0 ? 'green' : 'blue',
        message: count > 0 ? t('reminders.sent', { count }) : t('reminders.sentNone'),
      });
      onClose();
    } catch {
      // The problem shows in the dialog.
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('reminders.runTitle')}>
      <Stack>
        {run.error && <ProblemAlert error={run.error} />}
        <Text>{t('reminders.runBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button loading={run.isPending} onClick={() => void confirm()}>
            {t('reminders.runConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
