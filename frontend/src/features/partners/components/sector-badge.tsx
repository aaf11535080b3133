import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../api/get-partners';

// A tint per sector helps scanning; the sector's name is always written, so colour is never the only sign.
const COLORS: Record<Sector, string> = {
  GOVERNMENT: 'blue',
  RELIGION: 'yellow',
  EDUCATION: 'violet',
  PRIVATE: 'teal',
  PEOPLE: 'green',
  CIVIL_SOCIETY: 'orange',
  MEDIA: 'pink',
};

export function SectorBadge({ sector }: { sector: Sector }) {
  const { t } = useTranslation('partners');
  return (
    <Badge variant="light" color={COLORS[sector]} tt="none">
      {t(`sector.${sector}`)}
    </Badge>
  );
}
