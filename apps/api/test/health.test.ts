import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { request, startTestApp } from './support/test-app.js';

describe('GET /api/health', () => {
  let app: NestFastifyApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers 200 when the database is up', async () => {
    app = await startTestApp();
    const response = await request(app, '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 when the database is down, and other routes a bare 500', async () => {
    app = await startTestApp();
    await app.get(DataSource).destroy();

    const health = await request(app, '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', database: 'down' });

    const workplans = await request(app, '/api/workplans');
    expect(workplans.status).toBe(500);
    expect(workplans.body).toEqual({ code: 'internal_error', message: 'Unexpected error' });
  });
});
