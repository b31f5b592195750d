import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fetchJson, getVersionFromEntityTag, parseErrorResponse, parseRetryAfter, sendJson } from './api-client';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseErrorResponse', () => {
  it('keeps the code, message and field problems of an API error body', async () => {
    const error = await parseErrorResponse(
      jsonResponse(400, {
        code: 'unknown_time_zone',
        message: 'Unknown time zone "Mars/Olympus"',
        fields: [{ path: 'tz', message: 'must be an IANA time zone such as Asia/Tbilisi or Europe/Berlin' }],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('unknown_time_zone');
    expect(error.message).toBe('Unknown time zone "Mars/Olympus"');
    expect(error.fields).toEqual([{ path: 'tz', message: 'must be an IANA time zone such as Asia/Tbilisi or Europe/Berlin' }]);
  });

  it('gives an error without fields an empty list rather than undefined', async () => {
    const error = await parseErrorResponse(jsonResponse(404, { code: 'not_found', message: 'No activity 42' }));
    expect(error.code).toBe('not_found');
    expect(error.fields).toEqual([]);
  });

  it('turns a body that is not the error shape into an http_<status> error', async () => {
    const html = await parseErrorResponse(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(html.code).toBe('http_502');
    expect(html.message).toBe('The server answered 502 Bad Gateway');

    const wrongShape = await parseErrorResponse(jsonResponse(500, { error: 'boom' }));
    expect(wrongShape.code).toBe('http_500');
  });
});

describe('parseErrorResponse for sessions, permissions and versions', () => {
  it.each([
    [401, 'invalid_credentials', 'Wrong email or password'],
    [401, 'unauthenticated', 'Sign in to do this'],
    [403, 'forbidden', 'Your role may not do this'],
    [403, 'csrf_rejected', 'Missing X-Requested-With header'],
    [412, 'precondition_failed', 'The activity has changed since version 3'],
    [428, 'precondition_required', 'Send If-Match with the version you read'],
  ])('keeps status %i and code %s', async (status, code, message) => {
    const error = await parseErrorResponse(jsonResponse(status, { code, message }));
    expect(error).toMatchObject({ status, code, message, fields: [], retryAfterSeconds: null });
  });

  it('reads how long to wait from Retry-After on a 429', async () => {
    const response = new Response(JSON.stringify({ code: 'too_many_attempts', message: 'Too many failed sign-ins' }), {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '900' },
    });
    await expect(parseErrorResponse(response)).resolves.toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 900 });
  });

  it('reads Retry-After as seconds or as an HTTP date, and nothing else', () => {
    const now = Date.parse('2021-04-22T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Thu, 22 Apr 2021 10:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('sendJson', () => {
  const lastRequest = (fetchMock: ReturnType<typeof vi.fn>) => {
    const [url, init] = fetchMock.mock.calls.at(-1) as [string, RequestInit];
    return { url, init, headers: init.headers as Record<string, string> };
  };

  it('sends the anti-forgery header, the cookie, the body and the idempotency key on a create, and returns the ETag', async () => {
    const fetchMock = vi.fn(async () =>
      new Response(JSON.stringify({ id: 'a1', version: 1 }), { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"1"' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await sendJson('/api/workplans/w1/activities', { method: 'POST', body: { title: 'Stock taking' }, idempotencyKey: 'key-1' });
    expect(result).toEqual({ data: { id: 'a1', version: 1 }, status: 201, etag: '"1"' });
    const { url, init, headers } = lastRequest(fetchMock);
    expect(url).toBe('/api/workplans/w1/activities');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"title":"Stock taking"}' });
    expect(headers).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Requested-With': 'compact-tracker',
      'Idempotency-Key': 'key-1',
    });
  });

  it('sends the version it edits as a strong If-Match on an update', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { id: 'a1', version: 4 }));
    vi.stubGlobal('fetch', fetchMock);
    await sendJson('/api/activities/a1', { method: 'PATCH', body: { title: 'New' }, ifMatch: 3 });
    const { headers } = lastRequest(fetchMock);
    expect(headers['If-Match']).toBe('"3"');
    expect(headers['X-Requested-With']).toBe('compact-tracker');
    expect(headers['Idempotency-Key']).toBeUndefined();
  });

  it('sends the anti-forgery header on a delete without a body and reads the empty 204', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(sendJson('/api/activities/a1', { method: 'DELETE', ifMatch: 2 })).resolves.toEqual({ data: undefined, status: 204, etag: null });
    const { init, headers } = lastRequest(fetchMock);
    expect(init.body).toBeUndefined();
    expect(headers).toEqual({ Accept: 'application/json', 'X-Requested-With': 'compact-tracker', 'If-Match': '"2"' });
  });

  it('does not send the anti-forgery header on a read', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { user: null }));
    vi.stubGlobal('fetch', fetchMock);
    await sendJson('/api/auth/session', { method: 'GET' });
    expect(lastRequest(fetchMock).headers).toEqual({ Accept: 'application/json' });
  });

  it('throws a 412 as an ApiError the form can recognise', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(412, { code: 'precondition_failed', message: 'Stale version' })));
    await expect(sendJson('/api/activities/a1', { method: 'PATCH', body: {}, ifMatch: 1 })).rejects.toMatchObject({
      status: 412,
      code: 'precondition_failed',
    });
  });
});

describe('getVersionFromEntityTag', () => {
  it('reads strong and weak tags and refuses anything else', () => {
    expect(getVersionFromEntityTag('"7"')).toBe(7);
    expect(getVersionFromEntityTag('W/"7"')).toBe(7);
    expect(getVersionFromEntityTag('abc')).toBeNull();
    expect(getVersionFromEntityTag(null)).toBeNull();
  });
});

describe('fetchJson', () => {
  it('returns the parsed body and sends the query without empty values', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, [{ id: 'w1' }]));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchJson('/api/workplans/w1', { query: { asOf: '2021-05-01', tz: undefined } })).resolves.toEqual([{ id: 'w1' }]);
    expect(fetchMock).toHaveBeenCalledWith('/api/workplans/w1?asOf=2021-05-01', expect.objectContaining({ method: 'GET', headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
  });

  it('throws the parsed ApiError on a 4xx answer', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(404, { code: 'not_found', message: 'No activity 42' })));
    const error = await fetchJson('/api/activities/42').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'No activity 42' });
  });

  it('reports an unreachable server as a network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchJson('/api/workplans')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('lets a cancelled request stay a cancellation', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))));
    await expect(fetchJson('/api/workplans')).rejects.toMatchObject({ name: 'AbortError' });
  });
});
