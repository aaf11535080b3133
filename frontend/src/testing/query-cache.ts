import { QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A client holding an answer under each key, to check what a key factory's invalidation reaches:
 * `stale(keys)` names the keys invalidated since, `cached(keys)` those still in the cache.
 */
export function seededClient(keys: readonly QueryKey[]) {
  const client = new QueryClient();
  keys.forEach((key) => client.setQueryData(key, 'answer'));
  return {
    client,
    stale: () => keys.filter((key) => client.getQueryState(key)?.isInvalidated),
    cached: () => keys.filter((key) => client.getQueryData(key) !== undefined),
  };
}
