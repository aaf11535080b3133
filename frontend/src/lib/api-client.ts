import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api/schema';
import { ProblemError } from './problem';

type TokenProvider = () => Promise<string | undefined>;

let tokenProvider: TokenProvider = async () => undefined;

/** Called once after Keycloak has started; until then requests go out without a token. */
export function setAccessTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

/** A token valid for a while yet, for requests made outside this client (uploads with progress). */
export function accessToken(): Promise<string | undefined> {
  return tokenProvider();
}

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

const problems: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ProblemError.fromResponse(response);
    return response;
  },
};

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Late-bound so tests can stub globalThis.fetch after this module is loaded.
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth, problems);

/** Non-2xx answers already threw in the middleware, so a missing body is a contract breach. */
export function body<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new Error('The API answered without a body');
  return result.data;
}
