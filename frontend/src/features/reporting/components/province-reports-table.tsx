import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedName } from '@/lib/localized-name';
import type { ProvinceStanding } from '../api/get-province-reports';
import { provinceReportPath } from '../utils/deadline';
import { StandingCells } from './standing-cells';

type ProvinceReportsTableProps = { caption: string; deadlineId: string; provinces: ProvinceStanding[] };

/** The provinces' reports of one deadline: where each stands, when it came in, and the way into it. */
export function ProvinceReportsTable({ caption, deadlineId, provinces }: ProvinceReportsTableProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('provinceQueue.columns.province')}</Table.Th>
            <Table.Th scope="col">{t('provinceQueue.columns.standing')}</Table.Th>
            <Table.Th scope="col">{t('provinceQueue.columns.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('provinceQueue.columns.timeliness')}</Table.Th>
            <Table.Th scope="col">{t('provinceQueue.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.map(({ province, standing, submittedAt, onTime }) => {
            const name = localizedName(province, lang);
            const path = provinceReportPath(deadlineId, province.code);
            return (
              <Table.Tr key={province.code}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={path}>
                    {name}
                  </Anchor>
                </Table.Th>
                <StandingCells standing={standing} submittedAt={submittedAt} onTime={onTime} />
                <Table.Td>
                  <Anchor component={Link} to={path} size="sm" aria-label={t('provinceQueue.openFor', { province: name })}>
                    {t('provinceQueue.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
