import { List, Stack, Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime } from '@/lib/dates';
import { formatBaht } from '@/lib/numbers';
import { useActivityHistory, type AuditEvent } from '../api/get-activity-history';

// Bookkeeping the server records with every change, and values derived from others.
const HIDDEN_FIELDS = new Set([
  'id',
  'centerId',
  'centerName',
  'subdistrictCode',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'warnings',
  'photoCount',
  'category',
  'fiscalYear',
  'quarter',
  'outsideOperationPeriod',
]);

function valueText(t: TFunction, lang: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (field === 'type') return t(`activityType.${String(value)}`, { ns: 'common', defaultValue: String(value) });
  if (field === 'heldOn') return formatDate(String(value), lang);
  if (field === 'budgetBaht' && typeof value === 'number') return formatBaht(value, lang);
  if (field === 'participants' && typeof value === 'object') {
    return Object.entries(value as Record<string, number>)
      .map(([group, n]) => `${t(`fields.${group}`, { defaultValue: group })} ${n}`)
      .join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function Changes({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation('activities');
  const shown = event.changes.filter((change) => !HIDDEN_FIELDS.has(change.field));
  // A voiding says why; its other changes are the voiding itself.
  if (event.action === 'VOID') {
    const reason = (event.after as { voided?: { reason?: string } } | undefined)?.voided?.reason;
    return reason ? (
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {t('history.voidReason', { reason })}
      </Text>
    ) : null;
  }
  // A creation says what was recorded; later changes show before and after.
  if (shown.length === 0 || event.action === 'CREATE') {
    const title = (event.after as { title?: string } | undefined)?.title;
    return title ? <Text size="sm">{title}</Text> : null;
  }
  return (
    <List size="sm" aria-label={t('history.changes')}>
      {shown.map((change) => (
        <List.Item key={change.field}>
          {t('history.change', {
            field: t(`fields.${change.field}`, { defaultValue: change.field }),
            before: valueText(t, i18n.language, change.field, change.before),
            after: valueText(t, i18n.language, change.field, change.after),
          })}
        </List.Item>
      ))}
    </List>
  );
}

export function HistoryTimeline({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation('activities');
  const history = useActivityHistory(activityId);
  const title = (event: AuditEvent) =>
    t(`history.events.${event.entityType}_${event.action}`, {
      defaultValue: t('history.events.other', { entity: event.entityType, action: event.action }),
    });

  return (
    <Stack component="section" aria-labelledby="activity-history-heading">
      <Title order={3} size="h4" id="activity-history-heading">
        {t('history.heading')}
      </Title>
      {history.isPending && <Loading />}
      {history.isError && <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.data?.length === 0 && <Text c="dimmed">{t('history.none')}</Text>}
      {history.data && history.data.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={history.data.length - 1}>
          {history.data.map((event) => (
            <Timeline.Item key={event.id} title={title(event)}>
              <Text size="xs" c="dimmed">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
                {' · '}
                {t('history.by', { actor: event.actor })}
              </Text>
              <Changes event={event} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
