import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityCategories, categorySection } from '@/config/activity-types';
import { formatCount, formatPercent } from '@/lib/numbers';
import type { ComplianceRow } from '../api/get-compliance';
import { rowKey, rowName } from './row-name';

type ComplianceTableProps = {
  rows: ComplianceRow[];
  caption: string;
  /** Where an area row drills down to (the same period at that area). */
  linkTo: (areaCode: string) => string;
  /** Each area's driving plans in the fiscal year, by area code: the share of centers with one and of planned lines done. */
  plans?: ReadonlyMap<string, { planRate: number; doneRate: number }>;
};

/** Areas drill down to their own figures; centers (a district's rows) link to the center. */
export function ComplianceTable({ rows, caption, linkTo, plans }: ComplianceTableProps) {
  const { t, i18n } = useTranslation('compliance');
  const lang = i18n.language;
  const centers = rows.some((row) => row.centerId);
  const n = (value: number | undefined) => formatCount(value ?? 0, lang);

  return (
    <Table.ScrollContainer minWidth={centers ? 620 : 760}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(centers ? 'rows.center' : 'rows.area')}</Table.Th>
            {centers ? (
              <Table.Th scope="col">{t('rows.status')}</Table.Th>
            ) : (
              <>
                <Table.Th scope="col" ta="end">{t('rows.centers')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('rows.compliant')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('rows.nonCompliant')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('rows.rate')}</Table.Th>
              </>
            )}
            <Table.Th scope="col" ta="end">{t('rows.activities')}</Table.Th>
            {activityCategories.map((category) => (
              <Table.Th key={category} scope="col" ta="end">
                <abbr title={t(`activityCategory.${category}`, { ns: 'common' })}>{categorySection[category]}</abbr>
              </Table.Th>
            ))}
            {plans && !centers && <Table.Th scope="col">{t('rows.plans')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const name = rowName(row, lang);
            const f = row.figures;
            const compliant = f.compliantCenters > 0;
            return (
              <Table.Tr key={rowKey(row)}>
                <Table.Th scope="row" fw="normal">
                  {row.centerId ? (
                    <Anchor component={Link} to={`/centers/${row.centerId}`}>
                      {name}
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={linkTo(row.area?.code ?? '')} aria-label={t('rows.drill', { name })}>
                      {name}
                    </Anchor>
                  )}
                </Table.Th>
                {centers ? (
                  <Table.Td>
                    <Text size="sm" c={compliant ? 'green.8' : 'red.8'} fw={500}>
                      {t(compliant ? 'rows.statusCompliant' : 'rows.statusNonCompliant')}
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="end">{n(f.centers)}</Table.Td>
                    <Table.Td ta="end">{n(f.compliantCenters)}</Table.Td>
                    <Table.Td ta="end">{n(f.nonCompliantCenters)}</Table.Td>
                    <Table.Td ta="end">{f.centers > 0 ? formatPercent(f.rate, lang) : t('rows.noRate')}</Table.Td>
                  </>
                )}
                <Table.Td ta="end">{n(f.activities)}</Table.Td>
                {activityCategories.map((category) => (
                  <Table.Td key={category} ta="end">
                    {n(f.byCategory[category])}
                  </Table.Td>
                ))}
                {plans && !centers && (
                  <Table.Td>
                    {(() => {
                      const plan = plans.get(row.area?.code ?? '');
                      return plan
                        ? t('rows.plansValue', { plans: formatPercent(plan.planRate, lang), done: formatPercent(plan.doneRate, lang) })
                        : '–';
                    })()}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
