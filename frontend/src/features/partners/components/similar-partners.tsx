import { Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SimilarPartner } from '../api/get-similar-partners';

/**
 * "อาจซ้ำกับ: …" with a link to each similar partner. Links open a new tab, so what was typed in
 * the form is not lost.
 */
export function SimilarPartnersLinks({ partners }: { partners: Pick<SimilarPartner, 'id' | 'name'>[] }) {
  const { t } = useTranslation('partners');
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text size="sm" fw={500}>
        {t('form.similar.label')}
      </Text>
      {partners.map((partner, index) => (
        <Text key={partner.id} size="sm" span>
          <Anchor component={Link} to={`/partners/${partner.id}`} target="_blank" rel="noopener">
            {partner.name}
            <VisuallyHidden>{t('form.similar.newTab')}</VisuallyHidden>
          </Anchor>
          {index < partners.length - 1 && ','}
        </Text>
      ))}
    </Group>
  );
}
