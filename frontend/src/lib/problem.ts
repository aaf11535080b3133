import type { TFunction } from 'i18next';
import type { components } from './api/schema';

// What arrives may be partial (a proxy's error page, a body that failed to parse).
type ProblemBody = Partial<components['schemas']['Problem']>;
export type FieldError = components['schemas']['FieldError'];

/** An RFC 9457 problem (or any non-2xx answer) returned by the API. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly currentVersion?: number;

  constructor(status: number, body: ProblemBody = {}) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = body.status ?? status;
    this.code = body.code;
    this.title = body.title;
    this.detail = body.detail;
    this.errors = body.errors ?? [];
    this.currentVersion = body.currentVersion;
  }

  static async fromResponse(response: Response): Promise<ProblemError> {
    const isProblem = response.headers.get('Content-Type')?.includes('application/problem+json');
    const body = isProblem ? ((await response.json().catch(() => ({}))) as ProblemBody) : {};
    return new ProblemError(response.status, body);
  }
}

// Used when the server sends no code we know (or a proxy answers with plain HTML).
function codeForStatus(status: number): string {
  if (status === 401) return 'auth.unauthenticated';
  if (status === 403) return 'auth.forbidden';
  if (status === 404) return 'resource.not-found';
  if (status >= 500) return 'server.error';
  return 'fallback';
}

/** The user-facing message for any error thrown by an API call. */
export function translateProblem(t: TFunction, error: unknown): string {
  if (!(error instanceof ProblemError)) {
    return t('network', { ns: 'problem' });
  }
  // Codes contain dots, so they are flat keys in the problem namespace.
  const opts = { ns: 'problem', keySeparator: false as const, defaultValue: '' };
  return (
    (error.code && t(error.code, opts)) ||
    t(codeForStatus(error.status), opts) ||
    t('fallback', { ns: 'problem' })
  );
}

/** A field error in the reading language when its code is known; otherwise the server's message. */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const opts = { ns: 'problem', keySeparator: false as const, defaultValue: '' };
  return (error.code && t(error.code, opts)) || error.message || t('fallback', { ns: 'problem' });
}

/** Whether the error is a problem with the given code. */
export function isProblem(error: unknown, code: string): error is ProblemError {
  return error instanceof ProblemError && error.code === code;
}
