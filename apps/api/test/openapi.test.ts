import {
  activityUpdateInputSchema,
  agendaReplaceInputSchema,
  deliverableViewSchema,
  personInputSchema,
  progressEntryViewSchema,
  agendaViewSchema,
  auditEntryViewSchema,
  createUserInputSchema,
  errorBodySchema,
  sessionViewSchema,
  userViewSchema,
  workplanDetailViewSchema,
} from '@compact-tracker/domain';
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
        'POST /api/auth/sign-in',
        'POST /api/auth/sign-out',
        'GET /api/auth/session',
        'POST /api/auth/password',
        'GET /api/networks',
        'POST /api/workplans/{id}/activities',
        'PATCH /api/activities/{id}',
        'DELETE /api/activities/{id}',
        'GET /api/audit/{entityType}/{entityId}',
        'GET /api/networks/{id}/audit',
        'GET /api/users',
        'POST /api/users',
        'PATCH /api/users/{id}',
        'GET /api/activities/{id}/calendar.ics',
        'GET /api/workplans/{id}/calendar.ics',
        'GET /api/workplans/{id}/export.csv',
        'GET /api/workplans/{id}/export.xlsx',
        'GET /api/workplans/{id}/print.pdf',
        'GET /api/activities/{id}/progress',
        'POST /api/activities/{id}/progress',
        'POST /api/activities/{id}/deliverables',
        'PATCH /api/deliverables/{id}',
        'DELETE /api/deliverables/{id}',
        'PUT /api/activities/{id}/agenda',
        'GET /api/people',
        'POST /api/people',
        'POST /api/workplans/{id}/baselines',
        'GET /api/workplans/{id}/baselines',
        'GET /api/workplans/{id}/baselines/{baselineId}/diff',
        'GET /api/activities/{id}/outcomes',
        'PUT /api/activities/{id}/outcomes',
        'POST /api/activities/{id}/outcomes/sign-off',
        'POST /api/activities/{id}/outcomes/return',
        'POST /api/activities/{id}/action-points',
        'PATCH /api/action-points/{id}',
        'DELETE /api/action-points/{id}',
        'GET /api/workplans/{id}/action-points',
        'GET /api/workplans/{id}/action-points/export.csv',
        'GET /api/workplans/{id}/action-points/export.xlsx',
        'GET /api/frameworks/gcm',
        'GET /api/frameworks/sdg',
        'GET /api/networks/{id}/strategy',
        'POST /api/networks/{id}/strategy/goals',
        'PATCH /api/strategy/goals/{id}',
        'DELETE /api/strategy/goals/{id}',
        'POST /api/strategy/goals/{id}/objectives',
        'PATCH /api/strategy/objectives/{id}',
        'DELETE /api/strategy/objectives/{id}',
        'POST /api/crosswalk/links',
        'PATCH /api/crosswalk/links/{id}',
        'DELETE /api/crosswalk/links/{id}',
        'GET /api/networks/{id}/crosswalk',
        'GET /api/networks/{id}/indicators',
        'POST /api/networks/{id}/indicators',
        'GET /api/indicators/{id}',
        'PATCH /api/indicators/{id}',
        'DELETE /api/indicators/{id}',
        'PUT /api/indicators/{id}/targets',
        'GET /api/indicators/{id}/baselines',
        'POST /api/indicators/{id}/baselines',
        'PATCH /api/baselines/{id}',
        'DELETE /api/baselines/{id}',
        'POST /api/networks/{id}/baseline-imports',
        'GET /api/networks/{id}/baseline-imports/template.csv',
        'GET /api/networks/{id}/indicators/export.csv',
        'GET /api/networks/{id}/indicators/export.xlsx',
        'GET /api/networks/{id}/baselines/export.csv',
        'GET /api/networks/{id}/baselines/export.xlsx',
        'GET /api/networks/{id}/crosswalk/export.csv',
        'GET /api/networks/{id}/crosswalk/export.xlsx',
        'GET /api/networks/{id}/indicator-dashboard',
        'GET /api/networks/{id}/indicator-dashboard/objectives/{number}',
        'GET /api/workplans/{id}/milestones',
        'GET /api/networks/{id}/readiness',
        'GET /api/networks/{id}/readiness/grid',
        'GET /api/networks/{id}/readiness/grid/{objective}/{principle}',
        'POST /api/networks/{id}/readiness/criteria',
        'GET /api/readiness/criteria/{id}',
        'PATCH /api/readiness/criteria/{id}',
        'POST /api/readiness/criteria/{id}/comments',
        'POST /api/readiness/criteria/{id}/review',
        'POST /api/readiness/criteria/{id}/answer',
        'POST /api/networks/{id}/readiness/sign-off',
        'GET /api/networks/{id}/readiness/report.pdf',
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

  it('describes the calendar files, exports and print by their media types', () => {
    const fileOperations = {
      '/api/activities/{id}/calendar.ics': 'text/calendar',
      '/api/workplans/{id}/calendar.ics': 'text/calendar',
      '/api/workplans/{id}/export.csv': 'text/csv',
      '/api/workplans/{id}/export.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '/api/workplans/{id}/print.pdf': 'application/pdf',
    };
    for (const [path, mediaType] of Object.entries(fileOperations)) {
      const operation = document.paths[path]?.get as Operation & { responses: Record<string, { content?: Record<string, unknown> }> };
      expect(Object.keys(operation.responses['200']?.content ?? {})).toEqual([mediaType]);
      expect(operation.responses['404']?.content?.['application/json']).toEqual({ schema: { $ref: '#/components/schemas/ErrorBody' } });
    }
    const csv = document.paths['/api/workplans/{id}/export.csv']?.get as Operation;
    expect(csv.parameters?.map(({ name, in: location, required }) => [name, location, required])).toEqual(
      expect.arrayContaining([
        ['id', 'path', true],
        ['lang', 'query', false],
        ['asOf', 'query', false],
      ]),
    );
  });

  it('describes the session cookie as a security scheme, and the accounts, audit and concurrency contract from the domain', () => {
    const document_ = document as Document & { components: { securitySchemes: Record<string, unknown> } };
    expect(document_.components.securitySchemes).toEqual({
      session: { type: 'apiKey', in: 'cookie', name: 'ct_session', description: 'Session cookie set by POST /api/auth/sign-in' },
    });
    expect(document.components.schemas.SessionView).toEqual(toOpenApiSchema(sessionViewSchema));
    expect(document.components.schemas.UserView).toEqual(toOpenApiSchema(userViewSchema));
    expect(document.components.schemas.AuditEntryView).toEqual(toOpenApiSchema(auditEntryViewSchema));
    expect(document.components.schemas.CreateUserInput).toEqual(toOpenApiSchema(createUserInputSchema, 'input'));
    expect(document.components.schemas.ActivityUpdateInput).toEqual(toOpenApiSchema(activityUpdateInputSchema, 'input'));

    type Secured = Operation & { security?: Record<string, string[]>[]; parameters?: { name: string; in: string; required: boolean }[] };
    const update = document.paths['/api/activities/{id}']?.patch as Secured;
    expect(update.security).toEqual([{ session: [] }]);
    expect(update.parameters?.filter((parameter) => parameter.in === 'header').map(({ name, required }) => [name, required])).toEqual(
      expect.arrayContaining([
        ['If-Match', true],
        ['X-Requested-With', true],
      ]),
    );
    expect(Object.keys(update.responses).sort()).toEqual(['200', '400', '401', '403', '404', '412', '413', '415', '428']);
    const create = document.paths['/api/users']?.post as Secured;
    expect(create.parameters?.find((parameter) => parameter.name === 'Idempotency-Key')).toMatchObject({ in: 'header', required: false });
    expect(create.responses['201']?.content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/UserView' });
    expect((document.paths['/api/auth/sign-in']?.post as Secured).responses['429']).toBeDefined();
  });

  it('describes the activity details, agenda editing and people from the domain schemas', () => {
    expect(document.components.schemas.AgendaReplaceInput).toEqual(toOpenApiSchema(agendaReplaceInputSchema, 'input'));
    expect(document.components.schemas.PersonInput).toEqual(toOpenApiSchema(personInputSchema, 'input'));
    expect(document.components.schemas.ProgressEntryView).toEqual(toOpenApiSchema(progressEntryViewSchema));
    expect(document.components.schemas.DeliverableView).toEqual(toOpenApiSchema(deliverableViewSchema));
    const replace = document.paths['/api/activities/{id}/agenda']?.put as Operation & { parameters: { name: string; in: string; required: boolean }[] };
    expect(replace.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AgendaReplaceInput' } } } });
    expect(replace.parameters.filter((parameter) => parameter.in === 'header').map(({ name, required }) => [name, required])).toEqual(
      expect.arrayContaining([
        ['If-Match', true],
        ['X-Requested-With', true],
      ]),
    );
    expect(Object.keys(replace.responses).sort()).toEqual(['200', '400', '401', '403', '404', '412', '413', '415', '428']);
    const addPerson = document.paths['/api/people']?.post as Operation & { parameters: { name: string; in: string; required: boolean }[] };
    expect(addPerson.parameters.find((parameter) => parameter.name === 'Idempotency-Key')).toMatchObject({ in: 'header', required: false });
    expect(addPerson.responses['201']?.content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/PersonView' });
  });

  it('serves browsable docs at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});
