import type { FieldError, ProblemDetails } from '@/api/types';
import { i18n } from '@/lib/i18n';

export type QueryParams = Record<string, string | number | undefined | null>;

/** An error answer of the API (RFC 9457 problem+json), or a failed network request (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** The whole problem body, for members beyond the standard ones (e.g. `legalMinimumEnd`). */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    problem: Problem,
    fallbackMessage: string,
    body: Readonly<Record<string, unknown>> = {},
  ) {
    super(problem.detail ?? problem.title ?? fallbackMessage);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.body = body;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/**
 * Whether the request failed because the thing does not exist. 400 (not a valid id) counts too:
 * to a visitor that is the same as an unknown id.
 */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

/** The parts of a problem+json body the client uses. */
export type Problem = Partial<
  Pick<ProblemDetails, 'type' | 'title' | 'detail' | 'code' | 'errors'>
>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toProblem(body: unknown): Problem {
  if (!isRecord(body)) return {};
  const problem: Problem = {};
  if (typeof body.title === 'string') problem.title = body.title;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.code === 'string') problem.code = body.code;
  if (typeof body.type === 'string') problem.type = body.type;
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors.filter(
      (e): e is FieldError =>
        isRecord(e) &&
        typeof e.field === 'string' &&
        typeof e.code === 'string' &&
        typeof e.message === 'string',
    );
  }
  return problem;
}

export function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  params?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

/**
 * One API call. Same-origin only: the session cookie goes with it, and the browser adds the
 * `Origin` header to writes, which the server checks (CSRF protection). An answer without a
 * body (204, or 202 without JSON) resolves to `undefined`.
 */
async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {}, 'Network error');
  }

  const isJson = /json/i.test(response.headers.get('Content-Type') ?? '');
  const body: unknown = isJson ? await response.json().catch(() => undefined) : undefined;

  if (!response.ok) {
    throw new ApiError(
      response.status,
      toProblem(body),
      response.statusText || 'Request failed',
      isRecord(body) ? body : {},
    );
  }
  if (response.status === 204 || (method !== 'GET' && !isJson)) {
    return undefined as T;
  }
  if (!isJson) {
    throw new ApiError(response.status, {}, 'Unexpected response from the server');
  }
  // The server is the source of truth for the response shape (see src/api/types.ts).
  return body as T;
}

export const api = {
  get: <T>(path: string, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('GET', path, options),
  post: <T = void>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('POST', path, { ...options, body }),
  put: <T = void>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T = void>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('DELETE', path, options),
};
