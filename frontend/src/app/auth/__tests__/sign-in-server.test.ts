import { describe, expect, test, vi } from 'vitest';
import { isUnreachable, requireSignInServer, SignInUnavailableError } from '../sign-in-server';

describe('requireSignInServer', () => {
  test('passes when Keycloak answers, whatever it answers', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 404 }));
    vi.stubGlobal('fetch', fetch);

    await expect(requireSignInServer('https://sso.example/', 'cdvl')).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledWith('https://sso.example/realms/cdvl', expect.objectContaining({ mode: 'no-cors' }));
  });

  test('fails with SignInUnavailableError when Keycloak cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(requireSignInServer('https://sso.example', 'cdvl')).rejects.toBeInstanceOf(SignInUnavailableError);
  });

  test('gives up when Keycloak does not answer in time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      ),
    );

    await expect(requireSignInServer('https://sso.example', 'cdvl', 20)).rejects.toBeInstanceOf(SignInUnavailableError);
  });
});

test('only a request that got no answer counts as unreachable', () => {
  expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(true);
  expect(isUnreachable(new Error('Server responded with an invalid status'))).toBe(false);
});
