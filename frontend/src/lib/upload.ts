import { accessToken } from './api-client';
import { ProblemError } from './problem';

export type UploadProgress = { loaded: number; total: number };

type UploadOptions = {
  /** Path under the app's origin, e.g. /api/v1/activities/{id}/photos. */
  path: string;
  /** POST (the default) adds a file; PUT replaces one. */
  method?: 'POST' | 'PUT';
  /** More request headers, e.g. If-Match. */
  headers?: Record<string, string>;
  body: Blob;
  contentType: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

function responseOf(xhr: XMLHttpRequest): Response {
  const contentType = xhr.getResponseHeader('Content-Type') ?? '';
  return new Response(xhr.responseText || null, { status: xhr.status, headers: { 'Content-Type': contentType } });
}

/**
 * Sends a file (POST, or PUT) and reports how much of it has been sent. fetch cannot report upload progress, so
 * this uses XMLHttpRequest with the same fresh token and the same errors as the API client: a
 * ProblemError for a non-2xx answer, a TypeError when the network fails.
 */
export async function uploadWithProgress<T>({ path, method = 'POST', headers = {}, body, contentType, onProgress, signal }: UploadOptions): Promise<T> {
  const token = await accessToken();
  const xhr = new XMLHttpRequest();
  const done = new Promise<Response>((resolve, reject) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => resolve(responseOf(xhr));
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
  });
  xhr.open(method, new URL(path, globalThis.location.origin).toString());
  for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
  xhr.setRequestHeader('Content-Type', contentType);
  xhr.setRequestHeader('Accept', 'application/json');
  if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
  signal?.addEventListener('abort', () => xhr.abort(), { once: true });
  xhr.send(body);

  const response = await done;
  if (!response.ok) throw await ProblemError.fromResponse(response);
  onProgress?.({ loaded: body.size, total: body.size });
  return (await response.json()) as T;
}
