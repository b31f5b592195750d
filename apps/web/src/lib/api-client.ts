import { errorBodySchema, type ErrorBody } from '@compact-tracker/domain';

export type ApiFieldProblem = { path: string; message: string };

/** Every failed call ends up as one of these, whatever went wrong underneath. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: ApiFieldProblem[];

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

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

/**
 * The API answers every error as `{ code, message, fields? }`; anything else (a proxy's HTML page,
 * an empty 502) still becomes an ApiError so screens have one shape to show.
 */
export const parseErrorResponse = async (response: Response): Promise<ApiError> => {
  const parsed = errorBodySchema.safeParse(parseJson(await readBodyText(response)));
  if (parsed.success) return new ApiError(response.status, parsed.data);
  return new ApiError(response.status, {
    code: `http_${response.status}`,
    message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
  });
};

export type RequestOptions = {
  signal?: AbortSignal;
  query?: Record<string, string | undefined>;
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

export const fetchJson = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      headers: { Accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, { code: 'network_error', message: 'The server could not be reached' });
  }
  if (!response.ok) throw await parseErrorResponse(response);
  const body = parseJson(await readBodyText(response));
  if (body === undefined) {
    throw new ApiError(response.status, { code: 'invalid_response', message: 'The server answered with something that is not JSON' });
  }
  return body as T;
};
