import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { useDocumentRequests } from '../api/get-document-requests';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { answerPath } from '../utils/document-paths';
import { currentFiscalYear } from '@/lib/fiscal-year';
import { StandingBadge } from './standing-badge';

const OPEN = new Set(['NOT_STARTED', 'DRAFT', 'RETURNED', 'MISSING']);

/** The home page's card for an office: the document requests of this fiscal year it still has to answer. */
export function MyDocumentRequestsCard() {
  const { t, i18n } = useTranslation('documents');
  const access = useReportingAccess();
  const office = access.level !== 'NATIONAL';
  const requests = useDocumentRequests(currentFiscalYear(), 0, { enabled: !access.isLoading && office });
  // Shown only when there is something to answer: no card while loading, none when all is sent.
  if (access.isLoading || !office || requests.isPending) return null;
  const open = (requests.data?.items ?? []).filter((r) => r.myOffice && OPEN.has(r.myOffice.standing));
  if (requests.data && open.length === 0) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-document-requests-heading">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="my-document-requests-heading">
          {t('home.heading')}
        </Title>
        <Anchor component={Link} to="/documents" size="sm">
          {t('home.all')}
        </Anchor>
      </Group>
      {requests.isError && <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      <Stack gap="sm" component="ul" p={0} m={0}>
        {open.map((request) => (
          <Group key={request.id} component="li" justify="space-between" wrap="nowrap" style={{ listStyle: 'none' }}>
            <Stack gap={0}>
              <Anchor component={Link} to={answerPath(request.id, request.myOffice?.office.code ?? '')} fw={500}>
                {request.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('request.dueOn', { date: formatDate(request.dueOn, i18n.language) })}
              </Text>
            </Stack>
            {request.myOffice && <StandingBadge standing={request.myOffice.standing} />}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
