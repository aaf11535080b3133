import { vi } from 'vitest';

type Handler = unknown | ((request: Request) => Response | Promise<Response>);

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/**
 * A save answered as the API answers it: 204 with only the ETag when the request prefers
 * `return=minimal`, the record with its ETag otherwise.
 */
export function saved(request: Request, record: { version: number }): Response {
  const etag = `"${record.version}"`;
  if (request.headers.get('Prefer') === 'return=minimal') return new Response(null, { status: 204, headers: { ETag: etag } });
  const response = json(record);
  response.headers.set('ETag', etag);
  return response;
}

/** An RFC 9457 answer; `extra` adds members such as `errors` or `currentVersion`. */
export function problem(status: number, code: string, detail = '', extra: Record<string, unknown> = {}): Response {
  return json({ type: 'about:blank', title: 'Problem', status, detail, code, ...extra }, status, 'application/problem+json');
}

/**
 * Answers API calls from a table keyed "METHOD /path"; anything else is a 404 problem,
 * so a test that forgets a call sees it fail instead of hanging.
 */
export function mockApi(handlers: Record<string, Handler>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    if (!(key in handlers)) return problem(404, 'resource.not-found', `No mock for ${key}`);
    const handler = handlers[key];
    return typeof handler === 'function' ? handler(request) : json(handler);
  });
}
