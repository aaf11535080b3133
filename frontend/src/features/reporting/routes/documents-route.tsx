import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { StandingBadge } from '../components/standing-badge';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { formatDate } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import { useDocumentRequests, type DocumentRequest } from '../api/get-document-requests';
import { RequestFormModal } from '../components/document-request-form-modal';
import { LocationReportRequests } from '../components/location-report-requests';
import { requesterName, submittedCount, targetName } from '../utils/document-labels';
import { requestPath } from '../utils/document-paths';

/** Document requests of a fiscal year (/documents?fiscalYear=&page=): those one sent and those one's office must answer. */
export function DocumentsRoute() {
  const { t } = useTranslation('documents');
  const access = useReportingAccess();
  const { fiscalYear, params, update } = useReportingParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const requests = useDocumentRequests(fiscalYear, page);
  const [creating, setCreating] = useState(false);
  // Province officers and the department ask (a province its own districts); the server decides the rest.
  const canRequest = access.canReview;

  if (access.isLoading) return <Loading />;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('list.heading')}</Title>
        {canRequest && <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('list.help')}
      </Text>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('list.filters')}>
        <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year), page: undefined })} />
      </Paper>
      <LocationReportRequests fiscalYear={fiscalYear} access={access} />
      {requests.isPending && <Loading />}
      {requests.isError && <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      {requests.data &&
        (requests.data.items.length === 0 ? (
          <Text c="dimmed">{t('list.empty')}</Text>
        ) : (
          <RequestsTable fiscalYear={fiscalYear} requests={requests.data.items} />
        ))}
      {requests.data && requests.data.totalPages > 1 && (
        <Group>
          <Button variant="default" disabled={page === 0} onClick={() => update({ page: String(page - 1) })}>
            {t('list.previous')}
          </Button>
          <Text size="sm">{t('list.page', { page: page + 1, pages: requests.data.totalPages })}</Text>
          <Button
            variant="default"
            disabled={page + 1 >= requests.data.totalPages}
            onClick={() => update({ page: String(page + 1) })}
          >
            {t('list.next')}
          </Button>
        </Group>
      )}
      <RequestFormModal
        fiscalYear={fiscalYear}
        provinceCode={access.level === 'PROVINCE' ? access.provinceCode : ''}
        opened={creating}
        onClose={() => setCreating(false)}
      />
    </Stack>
  );
}

function RequestsTable({ fiscalYear, requests }: { fiscalYear: number; requests: DocumentRequest[] }) {
  const { t, i18n } = useTranslation('documents');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover withTableBorder captionSide="top">
        <Table.Caption>{t('list.caption', { year: fiscalYear })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.from')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.to')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.standing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={requestPath(request.id)}>
                  {request.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{requesterName(t, request, lang)}</Table.Td>
              <Table.Td>{targetName(t, request, lang)}</Table.Td>
              <Table.Td>{formatDate(request.dueOn, lang)}</Table.Td>
              <Table.Td>
                {request.myOffice && !request.canReview ? (
                  <StandingBadge standing={request.myOffice.standing} />
                ) : (
                  t('list.progress', {
                    submitted: formatCount(submittedCount(request), lang),
                    total: formatCount(request.offices, lang),
                  })
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
