import { vi } from 'vitest';

async function bytesOf(body: Blob): Promise<ArrayBuffer> {
  // jsdom's Blob may lack arrayBuffer(); FileReader it has.
  if (typeof body.arrayBuffer === 'function') return body.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(body);
  });
}

/**
 * Replaces XMLHttpRequest (used for uploads with progress) by one that reports progress at half
 * way and then hands the request to fetch, so the handlers of mockApi answer uploads too.
 */
export function mockXhrThroughFetch() {
  class FakeXhr {
    upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    responseText = '';
    private method = 'GET';
    private url = '';
    private readonly headers = new Headers();
    private response?: Response;

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers.set(name, value);
    }

    getResponseHeader(name: string) {
      return this.response?.headers.get(name) ?? null;
    }

    abort() {
      this.onabort?.();
    }

    send(body: Blob) {
      void (async () => {
        const total = body.size;
        this.upload.onprogress?.({ lengthComputable: true, loaded: Math.round(total / 2), total });
        try {
          const request = new Request(this.url, { method: this.method, headers: this.headers, body: await bytesOf(body) });
          const response = await globalThis.fetch(request);
          this.response = response;
          this.status = response.status;
          this.responseText = await response.clone().text();
          this.onload?.();
        } catch {
          this.onerror?.();
        }
      })();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}
