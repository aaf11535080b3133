import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { formatBaht } from '@/lib/numbers';
import type { PartnerLink } from '../api/get-partner-links';
import { SupportText } from './support-text';

/** The period of a link, or a dash when none was given. */
export function LinkPeriod({ link }: { link: Pick<PartnerLink, 'startsOn' | 'endsOn'> }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  if (!link.startsOn && !link.endsOn) return <>{t('noValue')}</>;
  return (
    <>
      {t('links.period', {
        from: link.startsOn ? formatDate(link.startsOn, lang) : '…',
        to: link.endsOn ? formatDate(link.endsOn, lang) : '…',
      })}
    </>
  );
}

/** The centers a partner supports in the user's area, newest fiscal year first. */
export function PartnerLinksTable({ links }: { links: PartnerLink[] }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  if (links.length === 0) return <Text c="dimmed">{t('detail.linksEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped captionSide="top">
        <Table.Caption>{t('detail.linksCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('links.fields.fiscalYear')}</Table.Th>
            <Table.Th scope="col">{t('links.fields.center')}</Table.Th>
            <Table.Th scope="col">{t('links.fields.supports')}</Table.Th>
            <Table.Th scope="col">{t('links.fields.budgetBaht')}</Table.Th>
            <Table.Th scope="col">{t('links.fields.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {links.map((link) => (
            <Table.Tr key={link.id}>
              <Table.Td>{link.fiscalYear}</Table.Td>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/centers/${link.centerId}`}>
                  {link.centerName}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <SupportText supports={link.supports} />
              </Table.Td>
              <Table.Td>{link.budgetBaht != null ? formatBaht(link.budgetBaht, lang) : t('noValue')}</Table.Td>
              <Table.Td>
                <LinkPeriod link={link} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
