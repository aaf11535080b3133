import { List, Stack, Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/dates';
import { useCenterHistory, type AuditChange, type AuditEvent } from '../api/get-center-history';

// Bookkeeping the server records with every change; people care about what they can edit.
const HIDDEN_FIELDS = new Set(['id', 'centerId', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

function valueText(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  if (field === 'status') return t(`status.${String(value)}`, { defaultValue: String(value) });
  if (field === 'role') return t(`members.roles.${String(value)}`, { defaultValue: String(value) });
  if (field === 'gender') return t(`members.genders.${String(value)}`, { defaultValue: String(value) });
  if (typeof value === 'object') {
    const named = value as { nameTh?: string };
    return named.nameTh ?? JSON.stringify(value);
  }
  return String(value);
}

function fieldLabel(t: TFunction, event: AuditEvent, field: string): string {
  const key = event.entityType === 'CENTER_MEMBER' ? `members.fields.${field}` : `fields.${field}`;
  return t(key, { defaultValue: field });
}

function eventTitle(t: TFunction, event: AuditEvent): string {
  return t(`history.events.${event.entityType}_${event.action}`, {
    defaultValue: t('history.events.other', { entity: event.entityType, action: event.action }),
  });
}

function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('centers');
  const shown = event.changes.filter((change: AuditChange) => !HIDDEN_FIELDS.has(change.field));
  // A creation lists what was filled in; later changes show before and after. An erasure is
  // recorded without the erased values, so its title says all there is.
  if (shown.length === 0 || event.action === 'CREATE' || event.action === 'ERASE') {
    const name = (event.after as { name?: string; fullName?: string } | undefined) ?? {};
    const subject = name.fullName ?? name.name;
    return subject ? <Text size="sm">{subject}</Text> : null;
  }
  return (
    <List size="sm" aria-label={t('history.changes')}>
      {shown.map((change) => (
        <List.Item key={change.field}>
          {t('history.change', {
            field: fieldLabel(t, event, change.field),
            before: valueText(t, change.field, change.before),
            after: valueText(t, change.field, change.after),
          })}
        </List.Item>
      ))}
    </List>
  );
}

export function HistoryTimeline({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation('centers');
  const history = useCenterHistory(centerId);

  return (
    <Stack component="section" aria-labelledby="history-heading">
      <Title order={3} size="h4" id="history-heading">
        {t('history.heading')}
      </Title>
      {history.isPending && <Loading />}
      {history.isError && <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && history.data.length === 0 && <Text c="dimmed">{t('history.none')}</Text>}
      {history.data && history.data.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={history.data.length - 1}>
          {history.data.map((event) => (
            <Timeline.Item key={event.id} title={eventTitle(t, event)}>
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
