import { agendaViewSchema, errorBodySchema, workplanDetailViewSchema } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOpenApiSchema } from '../src/common/openapi.js';
import { request, startTestApp } from './support/test-app.js';

type Operation = {
  parameters?: { name: string; in: string; required: boolean }[];
  responses: Record<string, { content?: { 'application/json': { schema: unknown } } }>;
  requestBody?: unknown;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

describe('OpenAPI', () => {
  let app: NestFastifyApplication;
  let document: Document;
  beforeAll(async () => {
    app = await startTestApp();
    const response = await request(app, '/api/openapi.json');
    expect(response.status).toBe(200);
    document = response.body as Document;
  });
  afterAll(() => app.close());

  it('describes every endpoint of the API', () => {
    expect(document.openapi).toMatch(/^3\./);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/organisations',
        'GET /api/workplans',
        'GET /api/workplans/{id}',
        'GET /api/activities/{id}',
        'PATCH /api/activities/{id}/status',
        'GET /api/activities/{id}/agenda',
      ].sort(),
    );
  });

  it('takes its schemas from the domain package', () => {
    expect(document.components.schemas.WorkplanDetailView).toEqual(toOpenApiSchema(workplanDetailViewSchema));
    expect(document.components.schemas.AgendaView).toEqual(toOpenApiSchema(agendaViewSchema));
    expect(document.components.schemas.ErrorBody).toEqual(toOpenApiSchema(errorBodySchema));

    const agenda = document.paths['/api/activities/{id}/agenda']?.get as Operation;
    expect(agenda.responses['200']?.content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/AgendaView' });
    expect(agenda.responses['400']?.content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(agenda.parameters?.map(({ name, in: location, required }) => [name, location, required])).toEqual(
      expect.arrayContaining([
        ['id', 'path', true],
        ['tz', 'query', false],
      ]),
    );
    expect(agenda.parameters).toHaveLength(2);
    expect(document.paths['/api/activities/{id}/status']?.patch?.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ActivityStatusChangeInput' } } },
    });
  });

  it('serves browsable docs at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});
