import { da } from '@helhed/core';

/** One field's problem, as the API reports it for VALIDATION errors. */
export type FieldError = { field: string; message: string };

/** An error from the API. `message` is Danish and can be shown to the user as is. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];

  constructor(status: number, code: string, message: string, details: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The per-field messages keyed by field name (first message wins). */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const detail of this.details) {
      if (!(detail.field in result)) result[detail.field] = detail.message;
    }
    return result;
  }
}

/** Status 0 means that the server could not be reached at all. */
export const NETWORK_ERROR_STATUS = 0;

let csrfToken: string | null = null;

/** The session's CSRF token; sent as X-CSRF-Token on every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For requests that cannot go through apiRequest (an XMLHttpRequest upload with progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
};

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function fallbackMessage(status: number): string {
  if (status === 401) return da.errors.unauthenticated;
  if (status === 403) return da.errors.forbidden;
  if (status === 404) return da.errors.notFound;
  if (status === 409) return da.errors.conflict;
  if (status === 429) return da.errors.rateLimited;
  if (status >= 500) return da.web.unexpectedError;
  return da.errors.validation;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (for example a proxy's error page): fall back to a Danish text for the status.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message = typeof error?.message === 'string' ? error.message : fallbackMessage(response.status);
  const details = Array.isArray(error?.details)
    ? error.details.filter(
        (item): item is FieldError => typeof item?.field === 'string' && typeof item?.message === 'string',
      )
    : [];
  return new ApiError(response.status, code, message, details);
}

/** Calls Helhed's API on the same origin. Resolves with the parsed JSON (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(NETWORK_ERROR_STATUS, 'NETWORK', da.web.networkError);
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'BAD_RESPONSE', da.web.unexpectedResponse);
  }
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

/** A Danish message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return da.web.unexpectedError;
}
