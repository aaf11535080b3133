import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import { useMyDeadlines, type MyDeadline } from '../api/get-my-deadlines';
import type { Standing } from '../api/get-district-report';
import { useReportingAccess, type ReportingAccess } from '../hooks/use-reporting-access';
import { countdownKey } from '../utils/countdown';
import { completenessPath, deadlineTitle, queuePath, reportPath } from '../utils/deadline';
import { submittedOf, totalOf } from '../utils/standings';
import { StandingBadge } from './standing-badge';

const SHOWN = 4;
const DONE: readonly Standing[] = ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'ACCEPTED'];

function linkFor(item: MyDeadline, access: ReportingAccess): string {
  const { id, fiscalYear } = item.deadline;
  if (access.districtCode) return reportPath(id, access.districtCode);
  if (access.level === 'PROVINCE') return queuePath(fiscalYear, id);
  return completenessPath(fiscalYear);
}

/** The countdown, e.g. "อีก 7 วัน (ภายใน 13 ธ.ค. 2567)" or "เลยกำหนด 2 วัน (13 ธ.ค. 2567)". */
export function Countdown({ daysLeft, dueOn, urgent }: { daysLeft: number; dueOn: string; urgent: boolean }) {
  const { t, i18n } = useTranslation('reporting');
  const date = formatDate(dueOn, i18n.language);
  const color = !urgent ? 'dimmed' : daysLeft < 0 ? 'red.8' : daysLeft <= 7 ? 'orange.8' : undefined;
  return (
    <Text size="sm" c={color} fw={urgent && daysLeft <= 7 ? 700 : undefined}>
      {t(countdownKey(daysLeft), { count: Math.abs(daysLeft), date })}
    </Text>
  );
}

function Counts({ counts }: { counts: Record<string, number> }) {
  const { t, i18n } = useTranslation('reporting');
  const total = totalOf(counts);
  const submitted = submittedOf(counts);
  const waiting = counts.SUBMITTED_ON_TIME ?? 0;
  const late = counts.SUBMITTED_LATE ?? 0;
  return (
    <Text size="sm">
      {t('myDeadlines.counts', {
        submitted: formatCount(submitted, i18n.language),
        total: formatCount(total, i18n.language),
        toReview: formatCount(waiting + late, i18n.language),
        missing: formatCount(counts.MISSING ?? 0, i18n.language),
      })}
    </Text>
  );
}

function DeadlineItem({ item, access }: { item: MyDeadline; access: ReportingAccess }) {
  const { t, i18n } = useTranslation('reporting');
  const title = deadlineTitle(item.deadline, i18n.language);
  const done = item.standing ? DONE.includes(item.standing) : false;
  return (
    <Stack gap={4} component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Anchor component={Link} to={linkFor(item, access)} fw={500}>
          {title}
        </Anchor>
        {item.standing && <StandingBadge standing={item.standing} />}
      </Group>
      <Countdown daysLeft={item.daysLeft} dueOn={item.deadline.dueOn} urgent={!done} />
      {item.counts && <Counts counts={item.counts} />}
      {item.deadline.dueOn !== item.deadline.nationalDueOn && (
        <Text size="xs" c="dimmed">
          {t('myDeadlines.provinceEarlier', { date: formatDate(item.deadline.nationalDueOn, i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}

/** The home page's card: what is due next for the user's area, nearest first. */
export function MyDeadlinesCard() {
  const { t } = useTranslation('reporting');
  const access = useReportingAccess();
  const deadlines = useMyDeadlines({ enabled: access.hasDeadlines });
  if (access.isLoading || !access.hasDeadlines) return null;
  // The server sends deadlines from 30 days ago on, nearest first; the first few are enough here.
  const items = (deadlines.data ?? []).slice(0, SHOWN);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-deadlines-heading">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="my-deadlines-heading">
          {t('myDeadlines.heading')}
        </Title>
        <Anchor component={Link} to="/reports" size="sm">
          {t('myDeadlines.all')}
        </Anchor>
      </Group>
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {deadlines.data && items.length === 0 && <Text c="dimmed">{t('myDeadlines.empty')}</Text>}
      {items.length > 0 && (
        <Stack gap="md" component="ul" p={0} m={0}>
          {items.map((item) => (
            <DeadlineItem key={item.deadline.id} item={item} access={access} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
