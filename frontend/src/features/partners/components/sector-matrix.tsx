import { Anchor, Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from '@/lib/numbers';
import { localizedName } from '@/lib/localized-name';
import { sectors, type Sector } from '../api/get-partners';
import type { SectorCoverage, SectorCoverageRow } from '../api/get-sector-coverage';

type SectorMatrixProps = {
  coverage: SectorCoverage;
  /** The coverage page of another area, for drilling down. */
  linkTo: (areaCode: string) => string;
};

/** ✓ or – with its meaning in words, so neither the mark's shape nor a tint is the only sign. */
function MarkCell({ has }: { has: boolean }) {
  const { t } = useTranslation('partners');
  return (
    <Table.Td ta="center" c={has ? 'green.9' : 'dimmed'} fw={has ? 700 : undefined} data-has={has}>
      <span aria-hidden="true">{has ? '✓' : '–'}</span>
      <VisuallyHidden>{t(has ? 'coverage.matrix.has' : 'coverage.matrix.hasNot')}</VisuallyHidden>
    </Table.Td>
  );
}

const rowKey = (row: SectorCoverageRow) => row.centerId ?? row.area?.code ?? '';

/**
 * Rows × the 7 sectors: a district's centers, or the provinces or districts of a wider area (a ✓
 * there means some center of the area works with the sector). Centers working with fewer sectors
 * than the minimum are tinted and say so in words.
 */
export function SectorMatrix({ coverage, linkTo }: SectorMatrixProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const centers = coverage.area.code?.length === 4;
  const min = coverage.minSectors;
  const has = (row: SectorCoverageRow, sector: Sector) => row.sectors.includes(sector);

  return (
    <Table.ScrollContainer minWidth={240 + sectors.length * 96 + (centers ? 120 : 240)}>
      <Table withTableBorder withColumnBorders captionSide="top" fz="sm">
        <Table.Caption>
          {t(centers ? 'coverage.matrix.captionCenters' : 'coverage.matrix.captionAreas', { year: coverage.fiscalYear })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(centers ? 'coverage.matrix.center' : 'coverage.matrix.area')}</Table.Th>
            {sectors.map((sector) => (
              <Table.Th key={sector} scope="col" ta="center" fz="xs">
                {t(`sector.${sector}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="center">
              {t('coverage.matrix.sectorCount')}
            </Table.Th>
            {!centers && (
              <>
                <Table.Th scope="col" ta="center">
                  {t('coverage.matrix.centers')}
                </Table.Th>
                <Table.Th scope="col" ta="center">
                  {t('coverage.matrix.below', { min })}
                </Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={sectors.length + (centers ? 2 : 4)}>{t('coverage.matrix.empty')}</Table.Td>
            </Table.Tr>
          )}
          {coverage.rows.map((row) => {
            const below = Boolean(row.centerId) && row.sectorCount < min;
            const name = row.centerId
              ? (row.centerName ?? row.centerId)
              : row.area
                ? localizedName(row.area, lang) || row.area.code
                : '';
            return (
              <Table.Tr key={rowKey(row)} bg={below ? 'orange.0' : undefined} data-below={below || undefined}>
                <Table.Th scope="row" fw="normal">
                  <Anchor
                    component={Link}
                    to={row.centerId ? `/centers/${row.centerId}` : linkTo(row.area?.code ?? '')}
                    aria-label={row.centerId ? undefined : t('coverage.matrix.drillDown', { name })}
                  >
                    {name}
                  </Anchor>
                </Table.Th>
                {sectors.map((sector) => (
                  <MarkCell key={sector} has={has(row, sector)} />
                ))}
                <Table.Td ta="center">
                  <Stack gap={2} align="center">
                    <Text span size="sm" fw={below ? 700 : undefined}>
                      {formatCount(row.sectorCount, lang)}
                    </Text>
                    {below && (
                      <Badge size="sm" color="orange" variant="light" tt="none">
                        {t('coverage.matrix.belowMark', { min })}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                {!centers && (
                  <>
                    <Table.Td ta="center">{formatCount(row.centers ?? 0, lang)}</Table.Td>
                    <Table.Td ta="center" fw={(row.centersBelowMinimum ?? 0) > 0 ? 700 : undefined}>
                      {formatCount(row.centersBelowMinimum ?? 0, lang)}
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('coverage.matrix.total')}</Table.Th>
            {sectors.map((sector) => (
              <Table.Td key={sector} ta="center">
                {formatCount(coverage.centersBySector[sector] ?? 0, lang)}
              </Table.Td>
            ))}
            <Table.Td colSpan={centers ? 1 : 3} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
