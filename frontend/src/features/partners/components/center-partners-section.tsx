import { Anchor, Button, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSection } from '@/components/list-section';
import { formatBaht } from '@/lib/numbers';
import { useCenterPartnerLinks } from '../api/get-center-partner-links';
import type { PartnerLink } from '../api/get-partner-links';
import { LinkPeriod } from './partner-links-table';
import { PartnerLinkModal } from './partner-link-modal';
import { SectorBadge } from './sector-badge';
import { SupportText } from './support-text';

type CenterPartnersSectionProps = { centerId: string; canWrite: boolean };

/** Newest fiscal year first; within a year, by partner name. */
function byYear(links: PartnerLink[]): [number, PartnerLink[]][] {
  const years = new Map<number, PartnerLink[]>();
  for (const link of links) years.set(link.fiscalYear, [...(years.get(link.fiscalYear) ?? []), link]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => [year, [...list].sort((x, y) => x.partnerName.localeCompare(y.partnerName, 'th'))]);
}

/**
 * The partners supporting a center (step 4 of the guideline), one table per fiscal year, with
 * adding and editing for officers. Mounted on the center's page.
 */
export function CenterPartnersSection({ centerId, canWrite }: CenterPartnersSectionProps) {
  const { t, i18n } = useTranslation('partners');
  const links = useCenterPartnerLinks(centerId);
  const [editing, setEditing] = useState<{ link?: PartnerLink } | null>(null);
  const none = t('noValue');

  return (
    <>
      <ListSection
        headingId="center-partners-heading"
        heading={t('links.heading')}
        result={links}
        emptyText={t('links.empty')}
        add={canWrite ? { label: t('links.add'), onClick: () => setEditing({}) } : undefined}
      >
        {(items) =>
          byYear(items).map(([year, list]) => (
            <Table.ScrollContainer key={year} minWidth={680}>
              <Table striped captionSide="top">
                <Table.Caption>{t('links.caption', { year })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('links.fields.partner')}</Table.Th>
                    <Table.Th scope="col">{t('links.fields.sector')}</Table.Th>
                    <Table.Th scope="col">{t('links.fields.supports')}</Table.Th>
                    <Table.Th scope="col">{t('links.fields.budgetBaht')}</Table.Th>
                    <Table.Th scope="col">{t('links.fields.period')}</Table.Th>
                    {canWrite && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('links.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((link) => (
                    <Table.Tr key={link.id}>
                      <Table.Th scope="row" fw="normal">
                        <Anchor component={Link} to={`/partners/${link.partnerId}`}>
                          {link.partnerName}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        <SectorBadge sector={link.sector} />
                      </Table.Td>
                      <Table.Td>
                        <SupportText supports={link.supports} />
                      </Table.Td>
                      <Table.Td>{link.budgetBaht != null ? formatBaht(link.budgetBaht, i18n.language) : none}</Table.Td>
                      <Table.Td>
                        <LinkPeriod link={link} />
                      </Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-label={t('links.editLabel', { name: link.partnerName, year })}
                            onClick={() => setEditing({ link })}
                          >
                            {t('links.edit')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))
        }
      </ListSection>
      {canWrite && (
        <PartnerLinkModal
          centerId={centerId}
          link={editing?.link}
          opened={editing !== null}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
