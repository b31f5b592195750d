import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startTestApp } from './support/test-app.js';

const indexHtml = '<!doctype html><title>Compact Tracker</title><div id="root"></div>';

describe('serving the built web app', () => {
  let baseDir: string;
  let webDistDir: string;
  let app: NestFastifyApplication;
  beforeAll(async () => {
    baseDir = await mkdtemp(join(tmpdir(), 'compact-tracker-web-'));
    webDistDir = join(baseDir, 'dist');
    await mkdir(join(webDistDir, 'assets'), { recursive: true });
    await writeFile(join(baseDir, 'secret.txt'), 'not for the web');
    await writeFile(join(webDistDir, 'index.html'), indexHtml);
    await writeFile(join(webDistDir, 'assets', 'index-abc123.js'), 'console.log("app");');
    await writeFile(join(webDistDir, 'robots.txt'), 'User-agent: *');
    app = await startTestApp({ webDistDir });
  });
  afterAll(async () => {
    await app.close();
    await rm(baseDir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes such as /activities/<id>', async () => {
    for (const url of ['/', '/activities/x', '/workplans/5d1f6c2a-3b4c-4d5e-8f60-718293a4b5c6?asOf=2021-04-01']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toBe(indexHtml);
    }
  });

  it('serves files as they are, hashed assets as immutable', async () => {
    const script = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toBe('console.log("app");');
    expect((await app.inject({ method: 'GET', url: '/robots.txt' })).body).toBe('User-agent: *');
  });

  it('answers JSON 404s for missing files and unknown API paths', async () => {
    for (const url of ['/assets/missing.js', '/api/activities-x', '/api', '/api/']) {
      const response = await request(app, url);
      expect([url, response.status, response.body]).toEqual([url, 404, { code: 'not_found', message: expect.any(String) }]);
    }
  });

  it('never serves a file from outside the folder', async () => {
    for (const url of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('not for the web');
    }
  });
});

describe('without a web build', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await startTestApp({ webDistDir: join(tmpdir(), 'compact-tracker-never-built') });
  });
  afterAll(() => app.close());

  it('says how to build the web app instead of failing, while the API works', async () => {
    for (const url of ['/', '/activities/x']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(response.body).toContain('the web app has not been built yet. Run `npm start`');
    }
    expect((await request(app, '/api/health')).body).toEqual({ status: 'ok', database: 'up' });
  });
});
