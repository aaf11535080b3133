import { api, body } from '@/lib/api-client';

/** Where Keycloak lives is a deployment fact, so the backend tells the SPA at start. */
export async function loadAppConfig() {
  const { keycloakUrl, realm, clientId } = body(await api.GET('/api/v1/app-config'));
  if (!keycloakUrl || !realm || !clientId) throw new Error('app-config lacks the Keycloak settings');
  return { keycloakUrl, realm, clientId };
}
