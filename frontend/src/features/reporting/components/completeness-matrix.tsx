import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { formatCount, formatPercent } from '@/lib/numbers';
import { localizedName } from '@/lib/localized-name';
import type { Completeness, CompletenessCell } from '../api/get-completeness';
import type { DeadlineRef } from '../api/get-deadlines';
import { completenessPath, deadlineShortLabel, provinceReportPath, reportPath } from '../utils/deadline';
import { StandingBadge } from './standing-badge';

type CompletenessMatrixProps = {
  view: Completeness;
  /** Province rows drill down into the province's districts. */
  drillDown: boolean;
  /** Whose reports the cells stand for: the districts' (default), or the provinces' own to the department. */
  reports?: 'district' | 'province';
  /** The date shown under each deadline; the districts' date unless given. */
  dueOf?: (deadline: DeadlineRef) => string | undefined;
};

// Tints repeat what the text says: most, some, or few districts have reported.
function rateColor(rate: number | undefined): string | undefined {
  if (rate === undefined || rate === null) return undefined;
  if (rate >= 0.9) return 'var(--mantine-color-green-light)';
  if (rate >= 0.5) return 'var(--mantine-color-yellow-light)';
  return 'var(--mantine-color-red-light)';
}

type RateCellProps = { cell?: CompletenessCell; t: TFunction; lang: string; reports: 'district' | 'province' };

function RateCell({ cell, t, lang, reports }: RateCellProps) {
  if (!cell || cell.submittedRate == null) {
    return (
      <Table.Td ta="center" c="dimmed">
        {t('matrix.noDistricts')}
      </Table.Td>
    );
  }
  const counts = cell.counts ?? {};
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <Table.Td ta="center" bg={rateColor(cell.submittedRate)}>
      <Stack gap={0}>
        <Text size="sm" fw={700}>
          {t('matrix.submitted', { rate: formatPercent(cell.submittedRate, lang) })}
        </Text>
        <Text size="xs">{t('matrix.onTime', { rate: formatPercent(cell.onTimeRate ?? 0, lang) })}</Text>
        <Text size="xs" c="dimmed">
          {t(reports === 'province' ? 'matrix.ofProvinces' : 'matrix.ofDistricts', {
            missing: formatCount(counts.MISSING ?? 0, lang),
            total: formatCount(total, lang),
          })}
        </Text>
      </Stack>
    </Table.Td>
  );
}

type StandingCellProps = { cell?: CompletenessCell; deadline: DeadlineRef; areaCode: string; reports: 'district' | 'province' };

function StandingCell({ cell, deadline, areaCode, reports }: StandingCellProps) {
  const { t } = useTranslation('reporting');
  if (!cell?.standing) return <Table.Td ta="center">–</Table.Td>;
  return (
    <Table.Td ta="center">
      <Anchor
        component={Link}
        to={reports === 'province' ? provinceReportPath(deadline.id, areaCode) : reportPath(deadline.id, areaCode)}
        aria-label={t('matrix.openReport', {
          deadline: deadlineShortLabel(t, deadline),
          standing: t(`standing.${cell.standing}`),
        })}
      >
        <StandingBadge standing={cell.standing} />
      </Anchor>
    </Table.Td>
  );
}

/**
 * Who reported for each deadline of a year: provinces × deadlines with shares for the nation,
 * districts × deadlines with each district's standing for a province (or a district), or
 * provinces × quarterly deadlines with each province's own report to the department.
 */
export function CompletenessMatrix({ view, drillDown, reports = 'district', dueOf = (d) => d.dueOn }: CompletenessMatrixProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const standingRows = reports === 'province' || view.rows.some((row) => row.cells.some((cell) => cell.standing));
  const areaName = view.area.code ? localizedName(view.area, lang) : t('matrix.nation');
  const cellOf = (cells: CompletenessCell[], deadline: DeadlineRef) => cells.find((c) => c.deadlineId === deadline.id);
  const dueDate = (deadline: DeadlineRef) => {
    const due = dueOf(deadline);
    return due ? t('matrix.dueOn', { date: formatDate(due, lang) }) : t('matrix.noDueDate');
  };

  return (
    <Table.ScrollContainer minWidth={220 + view.deadlines.length * 150}>
      <Table withTableBorder withColumnBorders captionSide="top">
        <Table.Caption>{t('matrix.caption', { year: view.fiscalYear, area: areaName })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(view.area.code && reports === 'district' ? 'matrix.district' : 'matrix.province')}</Table.Th>
            {view.deadlines.map((deadline) => (
              <Table.Th key={deadline.id} scope="col" ta="center">
                <Text size="sm" fw={700}>
                  {deadlineShortLabel(t, deadline)}
                </Text>
                <Text size="xs" fw={400}>
                  {dueDate(deadline)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={view.deadlines.length + 1}>{t('matrix.empty')}</Table.Td>
            </Table.Tr>
          )}
          {view.rows.map((row) => (
            <Table.Tr key={row.area.code}>
              <Table.Th scope="row" fw={500}>
                {drillDown && !standingRows ? (
                  <Anchor component={Link} to={completenessPath(view.fiscalYear, row.area.code)}>
                    {localizedName(row.area, lang)}
                  </Anchor>
                ) : (
                  localizedName(row.area, lang)
                )}
              </Table.Th>
              {view.deadlines.map((deadline) =>
                standingRows ? (
                  <StandingCell
                    key={deadline.id}
                    cell={cellOf(row.cells, deadline)}
                    deadline={deadline}
                    areaCode={row.area.code}
                    reports={reports}
                  />
                ) : (
                  <RateCell key={deadline.id} cell={cellOf(row.cells, deadline)} t={t} lang={lang} reports={reports} />
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('matrix.total', { area: areaName })}</Table.Th>
            {view.deadlines.map((deadline) => (
              <RateCell key={deadline.id} cell={cellOf(view.totals, deadline)} t={t} lang={lang} reports={reports} />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
