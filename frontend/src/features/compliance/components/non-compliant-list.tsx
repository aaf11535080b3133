import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from '@/lib/numbers';
import type { ComplianceRow } from '../api/get-compliance';

/** The centers to follow up: active, and without any activity in the period. */
export function NonCompliantList({ centers }: { centers: ComplianceRow[] }) {
  const { t, i18n } = useTranslation('compliance');
  return (
    <Stack gap="xs" component="section" aria-labelledby="non-compliant-heading">
      <Title order={3} size="h4" id="non-compliant-heading">
        {t('nonCompliant.heading', { total: formatCount(centers.length, i18n.language) })}
      </Title>
      {centers.length === 0 ? (
        <Text c="dimmed">{t('nonCompliant.none')}</Text>
      ) : (
        <List>
          {centers.map((row) => (
            <List.Item key={row.centerId}>
              <Anchor component={Link} to={`/centers/${row.centerId}`}>
                {row.centerName ?? row.centerId}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
