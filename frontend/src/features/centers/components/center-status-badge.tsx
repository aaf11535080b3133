import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CenterStatus } from '../api/get-centers';

export const statusColors: Record<CenterStatus, string> = { ACTIVE: 'green', SUSPENDED: 'yellow', CLOSED: 'gray' };

/** The same colours as CSS values, for map markers. */
export const statusMarkerColors: Record<CenterStatus, string> = {
  ACTIVE: '#2f9e44',
  SUSPENDED: '#f08c00',
  CLOSED: '#868e96',
};

export function CenterStatusBadge({ status }: { status: CenterStatus }) {
  const { t } = useTranslation('centers');
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
