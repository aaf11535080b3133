import Keycloak from 'keycloak-js';

type KeycloakSettings = { keycloakUrl: string; realm: string; clientId: string };

const MIN_VALIDITY_SECONDS = 30;
const REFRESH_INTERVAL_MS = 60_000;

let keycloak: Keycloak | undefined;

/** Logs the user in (redirecting to Keycloak if needed) and keeps the session fresh. */
export async function startAuth(settings: KeycloakSettings): Promise<void> {
  keycloak = new Keycloak({
    url: settings.keycloakUrl,
    realm: settings.realm,
    clientId: settings.clientId,
  });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // The session iframe needs third-party cookies, which browsers block; refresh tokens suffice.
    checkLoginIframe: false,
  });
  keycloak.onTokenExpired = () => void getAccessToken();
  // An idle tab still refreshes, so the refresh token does not lapse between clicks.
  window.setInterval(() => void getAccessToken(), REFRESH_INTERVAL_MS);
}

/** A token valid for at least 30 more seconds; sends the user to log in when the session is gone. */
export async function getAccessToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) return undefined;
  try {
    await keycloak.updateToken(MIN_VALIDITY_SECONDS);
  } catch {
    await keycloak.login();
  }
  return keycloak.token;
}

export function logout(): Promise<void> {
  return keycloak?.logout({ redirectUri: `${window.location.origin}/` }) ?? Promise.resolve();
}
