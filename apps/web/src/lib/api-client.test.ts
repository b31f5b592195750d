import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fetchJson, parseErrorResponse } from './api-client';

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

describe('fetchJson', () => {
  it('returns the parsed body and sends the query without empty values', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, [{ id: 'w1' }]));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchJson('/api/workplans/w1', { query: { asOf: '2021-05-01', tz: undefined } })).resolves.toEqual([{ id: 'w1' }]);
    expect(fetchMock).toHaveBeenCalledWith('/api/workplans/w1?asOf=2021-05-01', expect.objectContaining({ headers: { Accept: 'application/json' } }));
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
