import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Center } from '../api/get-centers';
import { statusMarkerColors } from './center-status-badge';
import { LeafletMap, type MapPoint } from './leaflet-map';

/** All centers that have a GPS point, as circle markers coloured by status. */
export function CentersMap({ centers }: { centers: Center[] }) {
  const { t } = useTranslation('centers');
  const points = useMemo<MapPoint[]>(
    () =>
      centers.flatMap((center) =>
        center.latitude == null || center.longitude == null
          ? []
          : [
              {
                id: center.id,
                latitude: center.latitude,
                longitude: center.longitude,
                label: center.name,
                color: statusMarkerColors[center.status],
                href: `/centers/${center.id}`,
              },
            ],
      ),
    [centers],
  );
  return <LeafletMap points={points} label={t('map.label')} height="65vh" />;
}
