import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { isProblem, translateProblem } from '@/lib/problem';
import { useAcceptDistrictReport } from '../api/accept-district-report';
import type { DistrictReport } from '../api/get-district-report';
import { districtReportKeys } from '../api/query-keys';
import { reportPath } from '../utils/deadline';
import { StandingBadge } from './standing-badge';
import { TimelinessText } from './timeliness-text';

type District = { code: string; nameTh: string; nameEn: string };

type ReviewQueueTableProps = {
  caption: string;
  districts: District[];
  reports: UseQueryResult<DistrictReport>[];
  canReview: boolean;
};

function QuickAccept({ report, name }: { report: DistrictReport; name: string }) {
  const { t } = useTranslation('reporting');
  const queryClient = useQueryClient();
  const accept = useAcceptDistrictReport();

  async function run() {
    try {
      await accept.mutateAsync({ deadlineId: report.deadline.id, districtCode: report.districtCode, version: report.version });
      notifications.show({ color: 'green', message: t('queue.accepted', { district: name }) });
    } catch (failure) {
      notifications.show({ color: 'red', message: translateProblem(t, failure) });
      if (isProblem(failure, 'version.stale') || isProblem(failure, 'reporting.report.state')) {
        void queryClient.invalidateQueries({ queryKey: districtReportKeys.detail(report.deadline.id, report.districtCode) });
      }
    }
  }

  return (
    <Button
      size="xs"
      color="teal"
      variant="light"
      loading={accept.isPending}
      onClick={() => void run()}
      aria-label={t('queue.acceptFor', { district: name })}
    >
      {t('queue.accept')}
    </Button>
  );
}

/** The districts of a province for one deadline: where each stands, when it was sent, and actions. */
export function ReviewQueueTable({ caption, districts, reports, canReview }: ReviewQueueTableProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('queue.columns.district')}</Table.Th>
            <Table.Th scope="col">{t('queue.columns.standing')}</Table.Th>
            <Table.Th scope="col">{t('queue.columns.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('queue.columns.timeliness')}</Table.Th>
            <Table.Th scope="col">{t('queue.columns.lastSubmittedAt')}</Table.Th>
            <Table.Th scope="col">{t('queue.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districts.map((district, index) => {
            const name = localizedName(district, lang);
            const query = reports[index];
            const report = query?.data;
            return (
              <Table.Tr key={district.code}>
                <Table.Th scope="row" fw={500}>
                  {report ? (
                    <Anchor component={Link} to={reportPath(report.deadline.id, district.code)}>
                      {name}
                    </Anchor>
                  ) : (
                    name
                  )}
                </Table.Th>
                <Table.Td>
                  {report ? (
                    <StandingBadge standing={report.standing} />
                  ) : query?.isError ? (
                    <Text size="sm" c="red">
                      {translateProblem(t, query.error)}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('queue.loading')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{report?.submittedAt ? formatDateTime(report.submittedAt, lang) : '–'}</Table.Td>
                <Table.Td>
                  <TimelinessText submittedAt={report?.submittedAt} onTime={report?.onTime} />
                </Table.Td>
                <Table.Td>
                  {report?.lastSubmittedAt && report.lastSubmittedAt !== report.submittedAt
                    ? formatDateTime(report.lastSubmittedAt, lang)
                    : '–'}
                </Table.Td>
                <Table.Td>
                  {report && (
                    <Group gap="xs" wrap="nowrap">
                      <Anchor
                        component={Link}
                        to={reportPath(report.deadline.id, district.code)}
                        size="sm"
                        aria-label={t('queue.openFor', { district: name })}
                      >
                        {t('queue.open')}
                      </Anchor>
                      {canReview && report.state === 'SUBMITTED' && <QuickAccept report={report} name={name} />}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
