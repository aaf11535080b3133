import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Center } from '../api/get-centers';
import { statusMarkerColors } from './center-status-badge';
import { LeafletMap } from './leaflet-map';

/** One center's pin, with its coordinates in words for those who cannot use the map. */
export function CenterLocationMap({ center }: { center: Center }) {
  const { t, i18n } = useTranslation('centers');
  const { latitude, longitude } = center;
  const points = useMemo(
    () =>
      latitude == null || longitude == null
        ? []
        : [{ id: center.id, latitude, longitude, label: center.name, color: statusMarkerColors[center.status] }],
    [center.id, center.name, center.status, latitude, longitude],
  );
  if (latitude == null || longitude == null) {
    return <Text c="dimmed">{t('detail.noPoint')}</Text>;
  }
  const coordinate = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 4, maximumFractionDigits: 6 });
  return (
    <Stack gap={4}>
      <LeafletMap points={points} label={t('map.centerLabel', { name: center.name })} height={280} />
      <Text size="sm">
        {t('map.coordinates', { latitude: coordinate.format(latitude), longitude: coordinate.format(longitude) })}
      </Text>
    </Stack>
  );
}
