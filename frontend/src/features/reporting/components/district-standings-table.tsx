import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedName } from '@/lib/localized-name';
import type { DistrictStanding } from '../api/get-province-report';
import { reportPath } from '../utils/deadline';
import { StandingCells } from './standing-cells';

type DistrictStandingsTableProps = {
  caption: string;
  deadlineId: string;
  districts: DistrictStanding[];
  /** Links each district to its report, for whoever may open district reports. */
  linkReports: boolean;
};

/** Where each district's report of a province stands, as the province report shows (or froze) it. */
export function DistrictStandingsTable({ caption, deadlineId, districts, linkReports }: DistrictStandingsTableProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('provinceReport.districts.columns.district')}</Table.Th>
            <Table.Th scope="col">{t('provinceReport.districts.columns.standing')}</Table.Th>
            <Table.Th scope="col">{t('provinceReport.districts.columns.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('provinceReport.districts.columns.timeliness')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districts.map(({ district, standing, submittedAt, onTime }) => {
            const name = localizedName(district, lang);
            return (
              <Table.Tr key={district.code}>
                <Table.Th scope="row" fw={500}>
                  {linkReports ? (
                    <Anchor component={Link} to={reportPath(deadlineId, district.code)}>
                      {name}
                    </Anchor>
                  ) : (
                    name
                  )}
                </Table.Th>
                <StandingCells standing={standing} submittedAt={submittedAt} onTime={onTime} />
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
