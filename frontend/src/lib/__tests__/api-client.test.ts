import { expect, test } from 'vitest';
import { mockApi, problem } from '@/testing/mock-fetch';
import { api, setAccessTokenProvider } from '../api-client';
import { ProblemError } from '../problem';

test('sends a fresh bearer token with each call', async () => {
  let calls = 0;
  setAccessTokenProvider(async () => `token-${++calls}`);
  const seen: (string | null)[] = [];
  mockApi({
    'GET /api/v1/me': (request: Request) => {
      seen.push(request.headers.get('Authorization'));
      return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
    },
  });

  await api.GET('/api/v1/me');
  await api.GET('/api/v1/me');

  expect(seen).toEqual(['Bearer token-1', 'Bearer token-2']);
  setAccessTokenProvider(async () => undefined);
});

test('throws a ProblemError for a problem answer', async () => {
  mockApi({ 'GET /api/v1/provinces/99': () => problem(404, 'geo.not-found') });

  const call = api.GET('/api/v1/provinces/{code}', { params: { path: { code: '99' } } });

  await expect(call).rejects.toBeInstanceOf(ProblemError);
  await expect(call).rejects.toMatchObject({ status: 404, code: 'geo.not-found' });
});
