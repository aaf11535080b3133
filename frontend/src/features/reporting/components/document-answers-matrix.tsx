import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedName } from '@/lib/localized-name';
import { formatCount } from '@/lib/numbers';
import type { OfficeAnswer } from '../api/get-document-requests';
import { answerPath } from '../utils/document-paths';
import { StandingCells } from './standing-cells';

type AnswersMatrixProps = { requestId: string; offices: OfficeAnswer[] };

/** Every office asked (in the caller's area): who answered, on time or late, and who has not. */
export function AnswersMatrix({ requestId, offices }: AnswersMatrixProps) {
  const { t, i18n } = useTranslation('documents');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover withTableBorder captionSide="top">
        <Table.Caption>{t('request.matrixCaption', { count: offices.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('request.columns.office')}</Table.Th>
            <Table.Th scope="col">{t('request.columns.standing')}</Table.Th>
            <Table.Th scope="col">{t('request.columns.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('request.columns.timeliness')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('request.columns.files')}
            </Table.Th>
            <Table.Th scope="col">{t('request.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offices.map(({ office, standing, submittedAt, onTime, files }) => {
            const name = `${office.code} ${localizedName(office, lang)}`;
            return (
              <Table.Tr key={office.code}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <StandingCells standing={standing} submittedAt={submittedAt} onTime={onTime} />
                <Table.Td ta="right">{formatCount(files, lang)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={answerPath(requestId, office.code)} size="sm"
                    aria-label={t('request.openFor', { office: name })}>
                    {t('request.openAnswer')}
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
