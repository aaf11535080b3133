import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/get-me';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation('me');
  if (roles.length === 0) return <>{t('noValue')}</>;
  return (
    <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {roles.map((role) => (
        <Badge key={role} component="li" variant="light">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
