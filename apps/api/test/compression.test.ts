import { gunzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeededIds, startTestApp, type SeededIds } from './support/test-app.js';

describe('response compression', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await findSeededIds(app);
  });
  afterAll(() => app.close());

  it('gzips a workplan for clients that accept it, and the body is the same JSON', async () => {
    const plain = await app.inject({ method: 'GET', url: `/api/workplans/${ids.workplanId}` });
    const zipped = await app.inject({ method: 'GET', url: `/api/workplans/${ids.workplanId}`, headers: { 'accept-encoding': 'gzip' } });

    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('leaves small answers alone', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
