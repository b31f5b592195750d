import { errorBodySchema, type ErrorBody } from '@compact-tracker/domain';

export type ApiFieldProblem = { path: string; message: string };

/** Every failed call ends up as one of these, whatever went wrong underneath. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: ApiFieldProblem[];
  /** From `Retry-After` on a 429 (or 503): how long the server asks us to wait, in seconds. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, body: ErrorBody, retryAfterSeconds: number | null = null) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

/** A save refused because someone else saved first (412): the form keeps its values and offers the latest version. */
export const isVersionConflict = (error: unknown): boolean => isApiError(error) && error.status === 412;

const readBodyText = async (response: Response): Promise<string> => {
  try {
    return await response.text();
  } catch {
    return '';
  }
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** `Retry-After` is either delay-seconds or an HTTP date. */
export const parseRetryAfter = (value: string | null, now: number = Date.now()): number | null => {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
};

/**
 * The API answers every error as `{ code, message, fields? }`; anything else (a proxy's HTML page,
 * an empty 502) still becomes an ApiError so screens have one shape to show.
 */
export const parseErrorResponse = async (response: Response): Promise<ApiError> => {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const parsed = errorBodySchema.safeParse(parseJson(await readBodyText(response)));
  if (parsed.success) return new ApiError(response.status, parsed.data, retryAfter);
  return new ApiError(
    response.status,
    {
      code: `http_${response.status}`,
      message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    },
    retryAfter,
  );
};

export type RequestOptions = {
  signal?: AbortSignal;
  query?: Record<string, string | undefined>;
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type SendOptions = RequestOptions & {
  method: HttpMethod;
  body?: unknown;
  /** The version the change was made against; sent as `If-Match: "<version>"`. */
  ifMatch?: number;
  /** Makes a create safe to retry: the server answers a repeat with the first result. */
  idempotencyKey?: string;
};

export type ApiResponse<T> = {
  data: T;
  status: number;
  /** The record's `ETag`, e.g. `"3"`, when the server sent one. */
  etag: string | null;
};

/** The server requires this on every unsafe method: a cross-site form cannot set it. */
export const csrfHeader = { name: 'X-Requested-With', value: 'compact-tracker' } as const;

const unsafeMethods: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Versions travel as strong entity tags: version 3 is `"3"`. */
export const toEntityTag = (version: number): string => `"${version}"`;

/** The version in an `ETag` such as `"3"` or `W/"3"`, or null when it holds none. */
export const getVersionFromEntityTag = (etag: string | null): number | null => {
  const match = etag?.match(/^(?:W\/)?"(\d+)"$/);
  return match ? Number(match[1]) : null;
};

const buildUrl = (path: string, query: RequestOptions['query']): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

const buildHeaders = ({ method, body, ifMatch, idempotencyKey }: SendOptions): Record<string, string> => {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (unsafeMethods.has(method)) headers[csrfHeader.name] = csrfHeader.value;
  if (ifMatch !== undefined) headers['If-Match'] = toEntityTag(ifMatch);
  if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
  return headers;
};

/**
 * The one place that talks to the API: sends the session cookie (same origin only), the anti-CSRF header on
 * writes, the version and idempotency headers when given, and turns every failure into an ApiError.
 */
export const sendJson = async <T>(path: string, options: SendOptions): Promise<ApiResponse<T>> => {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method,
      headers: buildHeaders(options),
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, { code: 'network_error', message: 'The server could not be reached' });
  }
  if (!response.ok) throw await parseErrorResponse(response);
  const etag = response.headers.get('ETag');
  const text = await readBodyText(response);
  if (response.status === 204 || (text === '' && options.method !== 'GET')) return { data: undefined as T, status: response.status, etag };
  const body = parseJson(text);
  if (body === undefined) {
    throw new ApiError(response.status, { code: 'invalid_response', message: 'The server answered with something that is not JSON' });
  }
  return { data: body as T, status: response.status, etag };
};

export const fetchJson = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const { data } = await sendJson<T>(path, { ...options, method: 'GET' });
  return data;
};

/** A fresh key per submission; the caller keeps it for retries of the same submission. */
export const createIdempotencyKey = (): string => crypto.randomUUID();
