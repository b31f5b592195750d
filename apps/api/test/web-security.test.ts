import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix } from '../src/access/access-matrix.js';
import { defaultSecurityConfig } from '../src/config.js';
import { signIn } from './support/accounts.js';
import { countRows } from './support/rows.js';
import { findSeededIds, request, startTestApp, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

const appCsp =
  "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;" +
  "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self'";

const hardeningHeaders = {
  'content-security-policy': appCsp,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  let app: NestFastifyApplication;
  let webDistDir: string;
  beforeAll(async () => {
    webDistDir = await mkdtemp(join(tmpdir(), 'compact-tracker-web-'));
    await writeFile(join(webDistDir, 'index.html'), '<!doctype html><title>Compact Tracker</title>');
    app = await startTestApp({ webDistDir });
  });
  afterAll(async () => {
    await app.close();
    await rm(webDistDir, { recursive: true, force: true });
  });

  it('sends a strict CSP (no inline script or style, no framing), nosniff and no referrer on the app, the API and errors', async () => {
    for (const url of ['/', '/activities/x', '/api/health', '/api/workplans', '/api/nothing-here', '/api/workplans/not-a-uuid']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers, url).toMatchObject(hardeningHeaders);
    }
  });

  it('keeps API answers out of caches', async () => {
    for (const url of ['/api/auth/session', '/api/workplans', '/api/nothing-here/x']) {
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode !== 404) expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('relaxes only style-src for the Swagger UI pages under /api/docs', async () => {
    for (const url of ['/api/docs', '/api/docs/swagger-ui-init.js', '/api/docs/swagger-ui.css']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-security-policy'], url).toBe(appCsp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('cross-site request forgery and CORS', () => {
  let harness: WritableTestApp;
  let ids: SeededIds;
  let cookie: string;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_csrf', { security: { ...defaultSecurityConfig, corsOrigins: ['https://partner.example'] } });
    ids = await findSeededIds(harness.app);
    cookie = await signIn(harness.app, 'co_chair');
  });
  afterAll(() => harness.close());

  const unsafeRoutes = Object.keys(accessMatrix).filter((route) => !route.startsWith('GET '));
  const toUrl = (pattern: string) =>
    pattern.replace('/api/workplans/:id', `/api/workplans/${ids.workplanId}`).replace('/api/activities/:id', `/api/activities/${ids.webinarId}`).replace(':id', ids.workplanId);

  it('refuses every change without X-Requested-With: compact-tracker, or with another value, and writes nothing', async () => {
    const before = await countRows(harness.dataSource);
    for (const route of unsafeRoutes) {
      const [method, pattern] = route.split(' ') as ['POST', string];
      for (const headers of [{ cookie }, { cookie, 'x-requested-with': 'XMLHttpRequest' }]) {
        const response = await request(harness.app, { method, url: toUrl(pattern), headers: { ...headers, 'if-match': '"1"' }, payload: { status: 'done', title: 'x' } });
        expect({ route, status: response.status, body: response.body }).toEqual({
          route,
          status: 403,
          body: {
            code: 'csrf_rejected',
            message: 'Send the header X-Requested-With: compact-tracker with every change',
            fields: [{ path: 'X-Requested-With', message: 'must be compact-tracker' }],
          },
        });
      }
    }
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  it("accepts a change from the app's own origin or an allow-listed one, and refuses any other origin", async () => {
    const changeStatus = (origin: string, version: number, status = 'postponed') =>
      request(harness.app, {
        method: 'PATCH',
        url: `/api/activities/${ids.meetingId}/status`,
        headers: { cookie, host: 'tracker.example', origin, 'x-requested-with': 'compact-tracker', 'if-match': `"${version}"` },
        payload: { status },
      });
    for (const origin of ['https://evil.example', 'http://tracker.example.evil.example', 'null', 'https://tracker.example']) {
      expect(await changeStatus(origin, 1), origin).toMatchObject({
        status: 403,
        body: { code: 'csrf_rejected', message: 'Changes are accepted only from this app or an allowed origin', fields: [{ path: 'Origin' }] },
      });
    }
    expect((await changeStatus('http://tracker.example', 1)).status).toBe(200);
    expect((await changeStatus('https://partner.example', 2, 'in_progress')).status).toBe(200);
  });

  it('answers CORS preflights for allow-listed origins only, with credentials and the headers the API needs', async () => {
    const preflight = (origin: string) =>
      harness.app.inject({
        method: 'OPTIONS',
        url: '/api/auth/sign-in',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-requested-with' },
      });
    const allowed = await preflight('https://partner.example');
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': 'https://partner.example',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'Content-Type, If-Match, Idempotency-Key, x-requested-with',
    });
    const refused = await preflight('https://evil.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    const read = await harness.app.inject({ method: 'GET', url: '/api/workplans', headers: { origin: 'https://partner.example' } });
    expect(read.headers).toMatchObject({ 'access-control-allow-origin': 'https://partner.example', 'access-control-expose-headers': 'ETag, Location, Retry-After' });
  });

  it('sends no CORS headers at all without an allow-list (the default)', async () => {
    const app = await startTestApp();
    try {
      const preflight = await app.inject({ method: 'OPTIONS', url: '/api/workplans', headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' } });
      expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
      expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      const read = await app.inject({ method: 'GET', url: '/api/workplans', headers: { origin: 'https://partner.example' } });
      expect(Object.keys(read.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
