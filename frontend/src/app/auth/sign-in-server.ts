/**
 * Thrown at start when Keycloak does not answer. The login redirect would otherwise leave the
 * app for the browser's own "site can't be reached" page, which tells an officer nothing.
 */
export class SignInUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The sign-in server (Keycloak) cannot be reached', { cause });
    this.name = 'SignInUnavailableError';
  }
}

const PROBE_TIMEOUT_MS = 10_000;

/** Resolves when Keycloak answers at all; rejects with SignInUnavailableError when it cannot be reached. */
export async function requireSignInServer(keycloakUrl: string, realm: string, timeoutMs = PROBE_TIMEOUT_MS) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // no-cors: any answer will do and its body stays opaque; only a network failure (or no answer
    // in time) rejects.
    await fetch(`${keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(realm)}`, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
  } catch (error) {
    throw new SignInUnavailableError(error);
  } finally {
    clearTimeout(timer);
  }
}

/** A fetch that got no answer (Keycloak down or the network gone), as opposed to an answer refusing the session. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError;
}
