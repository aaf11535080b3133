import { api, body } from '@/lib/api-client';

/**
 * Where Keycloak lives and the server's configured limits (photo sizes, ...) are deployment facts,
 * so the backend tells the SPA at start.
 */
export async function loadAppConfig() {
  const config = body(await api.GET('/api/v1/app-config'));
  if (!config.keycloakUrl || !config.realm || !config.clientId) throw new Error('app-config lacks the Keycloak settings');
  return config;
}
