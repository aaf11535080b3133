import { Anchor, List, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  activityCategories,
  activityTypesByCategory,
  categorySection,
  type ActivityType,
} from '@/config/activity-types';
import { formatCount } from '@/lib/numbers';
import type { Coverage } from '../api/get-coverage';
import { rowKey, rowName } from './row-name';

type CoverageMatrixProps = {
  coverage: Coverage;
  linkTo: (areaCode: string) => string;
};

/** A count, or for none a ✗ with its meaning in words, so the tint is never the only sign. */
function CountCell({ count }: { count: number }) {
  const { t, i18n } = useTranslation('compliance');
  if (count > 0) return <Table.Td ta="center">{formatCount(count, i18n.language)}</Table.Td>;
  return (
    <Table.Td ta="center" bg="orange.1" c="orange.9" fw={700} data-never="true">
      <span aria-hidden="true">✗</span>
      <VisuallyHidden>{t('coverage.never')}</VisuallyHidden>
    </Table.Td>
  );
}

/**
 * Rows × the 18 activity types, grouped under 3.1, 3.2 and 3.3, with the types no one in the area
 * has held yet listed below.
 */
export function CoverageMatrix({ coverage, linkTo }: CoverageMatrixProps) {
  const { t, i18n } = useTranslation('compliance');
  const lang = i18n.language;
  const groups = activityCategories
    .map((category) => ({
      category,
      types: activityTypesByCategory[category].filter((type) => coverage.types.includes(type)),
    }))
    .filter((group) => group.types.length > 0);
  const types: ActivityType[] = groups.flatMap((group) => group.types);
  const centers = coverage.rows.some((row) => row.centerId);
  const total = (type: ActivityType) => coverage.totals[type] ?? 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby="coverage-heading">
      <Title order={3} size="h4" id="coverage-heading">
        {t('coverage.heading', { year: coverage.fiscalYear })}
      </Title>
      {centers && (
        <Text size="sm" c="dimmed">
          {t('coverage.help')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={240 + types.length * 84}>
        <Table withTableBorder withColumnBorders captionSide="top" fz="sm">
          <Table.Caption>{t('coverage.caption', { year: coverage.fiscalYear })}</Table.Caption>
          <colgroup>
            <col />
          </colgroup>
          {groups.map((group) => (
            <colgroup key={group.category} span={group.types.length} />
          ))}
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} scope="col">
                {t(centers ? 'coverage.center' : 'coverage.area')}
              </Table.Th>
              {groups.map((group) => (
                <Table.Th key={group.category} colSpan={group.types.length} scope="colgroup" ta="center">
                  {categorySection[group.category]} {t(`activityCategory.${group.category}`, { ns: 'common' })}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {types.map((type) => (
                <Table.Th key={type} scope="col" fz="xs" fw={500} style={{ verticalAlign: 'bottom' }}>
                  {t(`activityType.${type}`, { ns: 'common' })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={types.length + 1}>{t('coverage.empty')}</Table.Td>
              </Table.Tr>
            )}
            {coverage.rows.map((row) => {
              const name = rowName(row, lang);
              return (
                <Table.Tr key={rowKey(row)}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor component={Link} to={row.centerId ? `/centers/${row.centerId}` : linkTo(row.area?.code ?? '')}>
                      {name}
                    </Anchor>
                  </Table.Th>
                  {types.map((type) => (
                    <CountCell key={type} count={row.counts[type] ?? 0} />
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('coverage.total')}</Table.Th>
              {types.map((type) => (
                <CountCell key={type} count={total(type)} />
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={4} component="section" aria-labelledby="never-covered-heading">
        <Title order={4} size="h5" id="never-covered-heading">
          {t('coverage.neverHeading', { total: formatCount(coverage.neverCovered.length, lang) })}
        </Title>
        {coverage.neverCovered.length === 0 ? (
          <Text c="dimmed">{t('coverage.allCovered')}</Text>
        ) : (
          <List size="sm">
            {coverage.neverCovered.map((type) => (
              <List.Item key={type}>{t(`activityType.${type}`, { ns: 'common' })}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
