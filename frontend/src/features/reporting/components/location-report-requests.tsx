import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { useDeadlines } from '../api/get-deadlines';
import type { ReportingAccess } from '../hooks/use-reporting-access';
import { completenessPath, deadlineTitle, reportPath } from '../utils/deadline';

type LocationReportRequestsProps = { fiscalYear: number; access: ReportingAccess };

/**
 * The center location report (enclosure 3) of the fiscal year: a request whose answer is a form in
 * the system, not a file. Districts answer it as a report; the department opens it for a year on
 * the deadline desk.
 */
export function LocationReportRequests({ fiscalYear, access }: LocationReportRequestsProps) {
  const { t, i18n } = useTranslation('documents');
  const lang = i18n.language;
  const deadlines = useDeadlines(fiscalYear);
  const location = (deadlines.data ?? []).filter((d) => d.kind === 'LOCATION_REPORT');
  if (location.length === 0 && !access.isDepartment) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="location-requests-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="location-requests-heading">
          {t('location.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('location.help')}
        </Text>
        {location.length === 0 ? (
          <Group gap="xs">
            <Text size="sm">{t('location.none', { year: fiscalYear })}</Text>
            <Anchor component={Link} to={`/reports/deadlines?fiscalYear=${fiscalYear}`} size="sm">
              {t('location.open')}
            </Anchor>
          </Group>
        ) : (
          <List>
            {location.map((deadline) => (
              <List.Item key={deadline.id}>
                <Anchor
                  component={Link}
                  to={access.districtCode ? reportPath(deadline.id, access.districtCode) : completenessPath(fiscalYear)}
                >
                  {deadlineTitle(deadline, lang)}
                </Anchor>{' '}
                <Text span size="sm">
                  {t('request.dueOn', { date: formatDate(deadline.provinceDueOn ?? deadline.dueOn, lang) })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
