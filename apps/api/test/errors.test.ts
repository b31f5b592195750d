import { connect } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../src/create-app.js';
import { asUser, signIn } from './support/accounts.js';
import { request, startTestApp } from './support/test-app.js';

const someActivityUrl = '/api/activities/5d1f6c2a-3b4c-4d5e-8f60-718293a4b5c6/status';

// Signed in as a co-chair: the body is read only once the access check has let a change through.
describe('errors before a handler runs', () => {
  let app: NestFastifyApplication;
  let json: Record<string, string>;
  let signedIn: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    signedIn = asUser(await signIn(app, 'co_chair'));
    json = { ...signedIn, 'content-type': 'application/json' };
  });
  afterAll(() => app.close());

  it('answers 400 malformed_json for a body that is not JSON, or empty JSON', async () => {
    expect(await request(app, { method: 'PATCH', url: someActivityUrl, headers: json, payload: '{"status": "done",' })).toMatchObject({
      status: 400,
      body: { code: 'malformed_json', message: 'The request body is not valid JSON' },
    });
    expect(await request(app, { method: 'PATCH', url: someActivityUrl, headers: json, payload: '' })).toMatchObject({
      status: 400,
      body: { code: 'malformed_json', message: 'The request body is empty but its Content-Type is application/json' },
    });
    // A prototype-poisoning key is refused like any other broken JSON.
    const poisoned = await request(app, { method: 'PATCH', url: someActivityUrl, headers: json, payload: '{"__proto__": {"x": 1}}' });
    expect(poisoned).toMatchObject({ status: 400, body: { code: 'malformed_json' } });
  });

  it('answers 413 payload_too_large for a body over the limit', async () => {
    const payload = JSON.stringify({ status: 'done', version: 1, padding: 'x'.repeat(maxBodyBytes) });
    const response = await request(app, { method: 'PATCH', url: someActivityUrl, headers: json, payload });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ code: 'payload_too_large', message: 'The request body is too large' });
  });

  it('answers 415 unsupported_media_type for a body that is not JSON by its Content-Type', async () => {
    for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await request(app, { method: 'PATCH', url: someActivityUrl, headers: { ...signedIn, 'content-type': contentType }, payload: 'status=done' });
      expect(response.status).toBe(415);
      expect(response.body).toEqual({ code: 'unsupported_media_type', message: 'Send the request body as application/json' });
    }
  });

  it('answers 404 not_found for an unknown route, and 405 with Allow for a known path with another method', async () => {
    expect(await request(app, '/api/nothing-here')).toMatchObject({ status: 404, body: { code: 'not_found', message: 'No route for GET /api/nothing-here' } });
    expect(await request(app, { method: 'DELETE', url: '/api/nothing-here' })).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: 'No route for DELETE /api/nothing-here' },
    });

    const notAllowed = await request(app, { method: 'POST', url: '/api/workplans', headers: json, payload: '{}' });
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.allow).toBe('GET, HEAD');
    expect(notAllowed.body).toEqual({ code: 'method_not_allowed', message: 'POST is not allowed on /api/workplans; use GET, HEAD' });

    const getOnPatchRoute = await request(app, someActivityUrl);
    expect(getOnPatchRoute).toMatchObject({ status: 405, body: { code: 'method_not_allowed' }, headers: { allow: 'PATCH' } });
  });

  it('answers 400 for a badly encoded URL, in the same error shape', async () => {
    expect(await request(app, '/api/workplans/%E0%A4%A')).toMatchObject({
      status: 400,
      body: { code: 'bad_request', message: 'The URL is not valid' },
    });
  });

  it('refuses query parameters on routes that take none', async () => {
    expect(await request(app, '/api/workplans?asOf=2021-01-01')).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'Invalid query parameters: asOf', fields: [{ path: 'asOf', message: 'is not allowed' }] },
    });
    expect(await request(app, '/api/organisations?page=2')).toMatchObject({ status: 400, body: { fields: [{ path: 'page' }] } });
  });

  it('treats one trailing slash like none', async () => {
    expect(await request(app, '/api/workplans/')).toMatchObject({ status: 200 });
    expect(await request(app, { method: 'POST', url: '/api/workplans/' })).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });
});

describe('requests the HTTP parser refuses', () => {
  let app: NestFastifyApplication;
  let port: number;
  beforeAll(async () => {
    app = await startTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => app.close());

  /** Sends raw bytes and answers everything the server writes back before it closes the connection. */
  const sendRaw = (raw: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(raw));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(answer) : reject(error)));
    });

  it('answers over-large headers and broken HTTP in the same { code, message } shape', async () => {
    const oversized = await sendRaw(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'x'.repeat(20_000)}\r\n\r\n`);
    expect(oversized).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(oversized.split('\r\n\r\n')[1]).toBe(JSON.stringify({ code: 'bad_request', message: 'The request headers are too large' }));

    const broken = await sendRaw('NOT HTTP AT ALL\r\n\r\n');
    expect(broken).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(broken.split('\r\n\r\n')[1]).toBe(JSON.stringify({ code: 'bad_request', message: 'The request is not valid HTTP' }));
  });
});
