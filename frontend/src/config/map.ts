const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * Where map tiles come from. Offices on a closed network set VITE_MAP_TILE_URL to their own tile
 * server, or to "none" for no background; maps stay usable without tiles either way.
 */
export const mapTileUrl: string | undefined = (() => {
  const configured = (import.meta.env.VITE_MAP_TILE_URL as string | undefined)?.trim();
  if (configured === 'none') return undefined;
  return configured || OSM_TILES;
})();

export const mapAttribution =
  (import.meta.env.VITE_MAP_TILE_ATTRIBUTION as string | undefined) ?? '© OpenStreetMap contributors';
