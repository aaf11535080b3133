import 'leaflet/dist/leaflet.css';
import { Box, Text } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mapAttribution, mapTileUrl } from '@/config/map';

export type MapPoint = {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
  color: string;
  /** In-app link shown in the point's popup. */
  href?: string;
};

type LeafletMapProps = {
  points: MapPoint[];
  /** Names the map for screen readers. */
  label: string;
  height?: number | string;
  /** Zoom used when there is a single point. */
  pointZoom?: number;
};

const THAILAND_BOUNDS = L.latLngBounds([5.5, 97.3], [20.6, 105.7]);

/** Grid spacing in degrees that gives a handful of lines at the zoom shown. */
function gridStep(zoom: number): number {
  if (zoom < 7) return 1;
  if (zoom < 10) return 0.1;
  if (zoom < 13) return 0.02;
  return 0.005;
}

/**
 * Light latitude/longitude grid lines, redrawn for the view: with no tile server reachable they
 * are the only background, and with the scale they still show where points lie and how far apart.
 */
function drawGraticule(map: L.Map, layer: L.LayerGroup) {
  layer.clearLayers();
  const step = gridStep(map.getZoom());
  const bounds = map.getBounds().pad(0.5);
  const style = { color: '#adb5bd', weight: 1, opacity: 0.7, dashArray: '2 4', interactive: false };
  const first = (value: number) => Math.floor(value / step) * step;
  for (let lat = first(bounds.getSouth()); lat <= bounds.getNorth(); lat += step) {
    layer.addLayer(L.polyline([[lat, bounds.getWest()], [lat, bounds.getEast()]], style));
  }
  for (let lon = first(bounds.getWest()); lon <= bounds.getEast(); lon += step) {
    layer.addLayer(L.polyline([[bounds.getSouth(), lon], [bounds.getNorth(), lon]], style));
  }
}

export function LeafletMap({ points, label, height = 360, pointZoom = 14 }: LeafletMapProps) {
  const { t } = useTranslation('centers');
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const [tiles, setTiles] = useState<'none' | 'loading' | 'loaded' | 'failed'>(mapTileUrl ? 'loading' : 'none');

  useEffect(() => {
    if (!container.current) return;
    const instance = L.map(container.current, { zoomSnap: 0.5 });
    instance.attributionControl.setPrefix('Leaflet');
    const grid = L.layerGroup().addTo(instance);
    instance.on('moveend', () => drawGraticule(instance, grid));
    instance.fitBounds(THAILAND_BOUNDS);
    L.control.scale({ imperial: false }).addTo(instance);
    if (mapTileUrl) {
      L.tileLayer(mapTileUrl, { attribution: mapAttribution, maxZoom: 19 })
        .on('tileload', () => setTiles('loaded'))
        .on('tileerror', () => setTiles((state) => (state === 'loaded' ? state : 'failed')))
        .addTo(instance);
    }
    markers.current = L.layerGroup().addTo(instance);
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = map.current;
    const group = markers.current;
    if (!instance || !group) return;
    group.clearLayers();
    for (const point of points) {
      L.circleMarker([point.latitude, point.longitude], {
        radius: 8,
        color: '#fff',
        weight: 2,
        fillColor: point.color,
        fillOpacity: 0.9,
      })
        .bindTooltip(point.label)
        .bindPopup(() => popup(point, t('map.open'), navigate))
        .addTo(group);
    }
    const [first] = points;
    if (points.length === 1 && first) instance.setView([first.latitude, first.longitude], pointZoom);
    else if (points.length > 1) {
      instance.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude])), { padding: [24, 24], maxZoom: 13 });
    }
  }, [points, pointZoom, navigate, t]);

  return (
    <Box>
      <div
        ref={container}
        role="region"
        aria-label={label}
        // Leaflet's own font stack has no Thai glyphs; the app's (Sarabun) has.
        style={{ height, width: '100%', background: '#f1f3f5', borderRadius: 4, fontFamily: 'inherit', isolation: 'isolate' }}
      />
      {tiles === 'failed' && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('map.tilesUnavailable')}
        </Text>
      )}
    </Box>
  );
}

/** Popup content as DOM, with a link that stays inside the app (no reload, no new login). */
function popup(point: MapPoint, openLabel: string, navigate: (to: string) => void): HTMLElement {
  const root = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = point.label;
  root.append(name);
  if (point.href) {
    const href = point.href;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = openLabel;
    link.style.display = 'block';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(href);
    });
    root.append(link);
  }
  return root;
}
