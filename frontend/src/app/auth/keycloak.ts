import Keycloak from 'keycloak-js';
import { isUnreachable, requireSignInServer } from './sign-in-server';

type KeycloakSettings = { keycloakUrl: string; realm: string; clientId: string };

const MIN_VALIDITY_SECONDS = 30;
const REFRESH_INTERVAL_MS = 60_000;

let keycloak: Keycloak | undefined;

/** Logs the user in (redirecting to Keycloak if needed) and keeps the session fresh. */
export async function startAuth(settings: KeycloakSettings): Promise<void> {
  await requireSignInServer(settings.keycloakUrl, settings.realm);
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
  } catch (error) {
    // Keycloak did not answer: the API accepts the current token until it expires (and then says
    // so), whereas a login redirect would strand the user on the browser's error page.
    if (isUnreachable(error)) return keycloak.token;
    await keycloak.login();
  }
  return keycloak.token;
}

export function logout(): Promise<void> {
  return keycloak?.logout({ redirectUri: `${window.location.origin}/` }) ?? Promise.resolve();
}
