import {
  activityDetailViewSchema,
  activityStatusChangeInputSchema,
  agendaViewSchema,
  errorBodySchema,
  healthViewSchema,
  organisationViewSchema,
  workplanDetailViewSchema,
  workplanSummaryViewSchema,
} from '@compact-tracker/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery, ApiResponse, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/** Every shape the document names, taken from the domain's zod schemas, never written twice. */
const componentSchemas = {
  HealthView: { schema: healthViewSchema, io: 'output' },
  ErrorBody: { schema: errorBodySchema, io: 'output' },
  OrganisationView: { schema: organisationViewSchema, io: 'output' },
  WorkplanSummaryView: { schema: workplanSummaryViewSchema, io: 'output' },
  WorkplanDetailView: { schema: workplanDetailViewSchema, io: 'output' },
  ActivityDetailView: { schema: activityDetailViewSchema, io: 'output' },
  AgendaView: { schema: agendaViewSchema, io: 'output' },
  ActivityStatusChangeInput: { schema: activityStatusChangeInputSchema, io: 'input' },
} as const satisfies Record<string, { schema: z.ZodType; io: 'input' | 'output' }>;

export type ComponentName = keyof typeof componentSchemas;

export const toOpenApiSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema => {
  const { $schema: _dialect, ...openApi } = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' });
  return openApi;
};

const refTo = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

export const ApiJsonResponse = (status: number, name: ComponentName, description: string, options: { isArray?: boolean } = {}) =>
  ApiResponse({ status, description, schema: options.isArray ? { type: 'array', items: refTo(name) } : refTo(name) });

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input (`validation_failed`, `unknown_time_zone`, `malformed_json`); `fields` names each bad field',
  404: 'No such resource (`not_found`)',
  409: 'Refused because of the current state (`conflict`, `invalid_status_transition`)',
  413: 'Request body too large (`payload_too_large`)',
  415: 'Request body is not JSON (`unsupported_media_type`)',
};

export const ApiErrorResponses = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: errorDescriptions[status] ?? 'Error', schema: refTo('ErrorBody') })));

export const ApiJsonBody = (name: ComponentName) => ApiBody({ schema: refTo(name) });

const describeFields = (schema: z.ZodObject) =>
  Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    return { name, required: !fieldSchema.safeParse(undefined).success, schema: toOpenApiSchema(fieldSchema, 'input') };
  });

/** Path parameters from the same zod schema the validation pipe uses. */
export const ApiParams = (schema: z.ZodObject) =>
  applyDecorators(...describeFields(schema).map(({ name, schema: fieldSchema }) => ApiParam({ name, required: true, schema: fieldSchema })));

/** Query parameters from the same zod schema the validation pipe uses. */
export const ApiQueryParams = (schema: z.ZodObject) =>
  applyDecorators(
    ...describeFields(schema).map(({ name, required, schema: fieldSchema }) =>
      ApiQuery({ name, required, schema: fieldSchema, ...(typeof fieldSchema.description === 'string' ? { description: fieldSchema.description } : {}) }),
    ),
  );

export const openApiJsonPath = '/api/openapi.json';
export const openApiDocsPath = '/api/docs';

export const createOpenApiDocument = (app: NestFastifyApplication): OpenAPIObject => {
  const config = new DocumentBuilder()
    .setTitle('Compact Tracker API')
    .setDescription(
      'Workplans, activities and event agendas of a UN country Network on Migration. Every error is JSON `{ code, message, fields? }`.',
    )
    .setVersion('0.1.0')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = Object.fromEntries(
    Object.entries(componentSchemas).map(([name, { schema, io }]) => [name, toOpenApiSchema(schema, io)]),
  );
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...schemas } };
  return document;
};

export const setUpOpenApi = (app: NestFastifyApplication): void => {
  SwaggerModule.setup(openApiDocsPath.slice(1), app, createOpenApiDocument(app), {
    jsonDocumentUrl: openApiJsonPath.slice(1),
    raw: ['json'],
    customSiteTitle: 'Compact Tracker API',
  });
};
