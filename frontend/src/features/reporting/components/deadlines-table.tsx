import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import type { Deadline } from '../api/get-deadlines';
import type { ReportingAccess } from '../hooks/use-reporting-access';
import { deadlineTitle } from '../utils/deadline';
import { DeadlineDateModal, type DateScope } from './deadline-date-modal';

type Editing = { deadline: Deadline; scope: DateScope } | null;

/**
 * The deadlines of a year: the department's date, the province's earlier one, when provinces report
 * to the department (quarterly deadlines), and who may change which.
 */
export function DeadlinesTable({ deadlines, access }: { deadlines: Deadline[]; access: ReportingAccess }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const [editing, setEditing] = useState<Editing>(null);
  const showProvince = access.level !== 'NATIONAL';
  const canEdit = access.isDepartment || access.canSetProvinceDates;

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped captionSide="top">
          <Table.Caption>{t('deadlines.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deadlines.columns.report')}</Table.Th>
              <Table.Th scope="col">{t('deadlines.columns.national')}</Table.Th>
              {showProvince && <Table.Th scope="col">{t('deadlines.columns.province')}</Table.Th>}
              <Table.Th scope="col">{t('deadlines.columns.provinceReport')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('deadlines.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deadlines.map((deadline) => {
              const title = deadlineTitle(deadline, lang);
              const quarterly = deadline.kind === 'QUARTERLY_REPORT';
              return (
                <Table.Tr key={deadline.id}>
                  <Table.Th scope="row" fw={500}>
                    {title}
                  </Table.Th>
                  <Table.Td>
                    {formatDate(deadline.dueOn, lang, { style: 'long' })}
                    {!deadline.holidaysKnown && (
                      <Badge variant="light" color="orange" size="sm" ml="xs">
                        {t('deadlines.holidaysMissing.badge')}
                      </Badge>
                    )}
                  </Table.Td>
                  {showProvince && (
                    <Table.Td>
                      {deadline.provinceDueOn ? (
                        <>
                          {formatDate(deadline.provinceDueOn, lang, { style: 'long' })}{' '}
                          <Badge variant="light" color="grape" size="sm">
                            {t('deadlines.inForce')}
                          </Badge>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed" span>
                          {t('deadlines.noProvinceDate')}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>
                    {!quarterly ? (
                      t('deadlines.provinceReport.notApplicable')
                    ) : deadline.provinceReportDueOn ? (
                      formatDate(deadline.provinceReportDueOn, lang, { style: 'long' })
                    ) : (
                      <Text size="sm" c="dimmed" span>
                        {t('deadlines.provinceReport.notSet')}
                      </Text>
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {access.isDepartment && (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('deadlines.move.buttonFor', { title })}
                          onClick={() => setEditing({ deadline, scope: { kind: 'national' } })}
                        >
                          {t('deadlines.move.button')}
                        </Button>
                      )}
                      {access.isDepartment && quarterly && (
                        <Button
                          size="xs"
                          variant="light"
                          ml="xs"
                          aria-label={t('deadlines.provinceReport.buttonFor', { title })}
                          onClick={() => setEditing({ deadline, scope: { kind: 'provinceReport' } })}
                        >
                          {t('deadlines.provinceReport.button')}
                        </Button>
                      )}
                      {access.canSetProvinceDates && (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('deadlines.province.buttonFor', { title })}
                          onClick={() =>
                            setEditing({ deadline, scope: { kind: 'province', provinceCode: access.provinceCode } })
                          }
                        >
                          {t('deadlines.province.button')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <DeadlineDateModal
          // The latest version of the row, so a retry after a conflict carries the current ETag.
          deadline={deadlines.find((d) => d.id === editing.deadline.id) ?? editing.deadline}
          scope={editing.scope}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
