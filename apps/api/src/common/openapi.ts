import {
  actionPointInputSchema,
  actionPointUpdateInputSchema,
  actionPointViewSchema,
  activityDetailViewSchema,
  activityInputSchema,
  activityStatusChangeInputSchema,
  activityUpdateInputSchema,
  agendaReplaceInputSchema,
  agendaViewSchema,
  deliverableInputSchema,
  deliverableUpdateInputSchema,
  deliverableViewSchema,
  personInputSchema,
  personViewSchema,
  progressEntryViewSchema,
  progressNoteInputSchema,
  changePasswordInputSchema,
  auditEntryViewSchema,
  baselineDiffViewSchema,
  baselineInputSchema,
  baselineViewSchema,
  milestoneViewSchema,
  crosswalkLinkInputSchema,
  indicatorInputSchema,
  indicatorUpdateInputSchema,
  indicatorTargetsInputSchema,
  indicatorViewSchema,
  indicatorBaselineInputSchema,
  indicatorBaselineUpdateInputSchema,
  indicatorBaselineViewSchema,
  indicatorDashboardViewSchema,
  gcmObjectiveDrillDownViewSchema,
  crosswalkLinkUpdateInputSchema,
  crosswalkLinkViewSchema,
  crosswalkMatrixViewSchema,
  gcmFrameworkViewSchema,
  sdgFrameworkViewSchema,
  strategyGoalInputSchema,
  strategyGoalViewSchema,
  strategyObjectiveInputSchema,
  strategyObjectiveViewSchema,
  strategyViewSchema,
  outcomeRecordInputSchema,
  outcomeRecordViewSchema,
  outcomeReturnInputSchema,
  countryNetworkViewSchema,
  createUserInputSchema,
  errorBodySchema,
  healthViewSchema,
  networkAuditPageViewSchema,
  organisationViewSchema,
  sessionViewSchema,
  signInInputSchema,
  signInViewSchema,
  updateUserInputSchema,
  userViewSchema,
  workplanDetailViewSchema,
  workplanSummaryViewSchema,
  readinessAnswerInputSchema,
  readinessCommentInputSchema,
  readinessCommentViewSchema,
  readinessCriterionDetailViewSchema,
  readinessCriterionInputSchema,
  readinessCriterionUpdateInputSchema,
  readinessGridCellDetailViewSchema,
  readinessGridViewSchema,
  readinessReviewDecisionInputSchema,
  readinessReviewViewSchema,
  readinessSignOffInputSchema,
  readinessViewSchema,
} from '@compact-tracker/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiParam, ApiQuery, ApiResponse, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
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
  ActivityInput: { schema: activityInputSchema, io: 'input' },
  ActivityUpdateInput: { schema: activityUpdateInputSchema, io: 'input' },
  CountryNetworkView: { schema: countryNetworkViewSchema, io: 'output' },
  SignInInput: { schema: signInInputSchema, io: 'input' },
  ChangePasswordInput: { schema: changePasswordInputSchema, io: 'input' },
  SignInView: { schema: signInViewSchema, io: 'output' },
  SessionView: { schema: sessionViewSchema, io: 'output' },
  UserView: { schema: userViewSchema, io: 'output' },
  CreateUserInput: { schema: createUserInputSchema, io: 'input' },
  UpdateUserInput: { schema: updateUserInputSchema, io: 'input' },
  AuditEntryView: { schema: auditEntryViewSchema, io: 'output' },
  NetworkAuditPageView: { schema: networkAuditPageViewSchema, io: 'output' },
  ProgressEntryView: { schema: progressEntryViewSchema, io: 'output' },
  ProgressNoteInput: { schema: progressNoteInputSchema, io: 'input' },
  DeliverableView: { schema: deliverableViewSchema, io: 'output' },
  DeliverableInput: { schema: deliverableInputSchema, io: 'input' },
  DeliverableUpdateInput: { schema: deliverableUpdateInputSchema, io: 'input' },
  AgendaReplaceInput: { schema: agendaReplaceInputSchema, io: 'input' },
  PersonView: { schema: personViewSchema, io: 'output' },
  PersonInput: { schema: personInputSchema, io: 'input' },
  BaselineInput: { schema: baselineInputSchema, io: 'input' },
  BaselineView: { schema: baselineViewSchema, io: 'output' },
  BaselineDiffView: { schema: baselineDiffViewSchema, io: 'output' },
  OutcomeRecordInput: { schema: outcomeRecordInputSchema, io: 'input' },
  OutcomeReturnInput: { schema: outcomeReturnInputSchema, io: 'input' },
  OutcomeRecordView: { schema: outcomeRecordViewSchema, io: 'output' },
  ActionPointInput: { schema: actionPointInputSchema, io: 'input' },
  ActionPointUpdateInput: { schema: actionPointUpdateInputSchema, io: 'input' },
  ActionPointView: { schema: actionPointViewSchema, io: 'output' },
  MilestoneView: { schema: milestoneViewSchema, io: 'output' },
  GcmFrameworkView: { schema: gcmFrameworkViewSchema, io: 'output' },
  SdgFrameworkView: { schema: sdgFrameworkViewSchema, io: 'output' },
  StrategyView: { schema: strategyViewSchema, io: 'output' },
  StrategyGoalInput: { schema: strategyGoalInputSchema, io: 'input' },
  StrategyGoalView: { schema: strategyGoalViewSchema, io: 'output' },
  StrategyObjectiveInput: { schema: strategyObjectiveInputSchema, io: 'input' },
  StrategyObjectiveView: { schema: strategyObjectiveViewSchema, io: 'output' },
  CrosswalkLinkInput: { schema: crosswalkLinkInputSchema, io: 'input' },
  CrosswalkLinkUpdateInput: { schema: crosswalkLinkUpdateInputSchema, io: 'input' },
  CrosswalkLinkView: { schema: crosswalkLinkViewSchema, io: 'output' },
  CrosswalkMatrixView: { schema: crosswalkMatrixViewSchema, io: 'output' },
  IndicatorInput: { schema: indicatorInputSchema, io: 'input' },
  IndicatorUpdateInput: { schema: indicatorUpdateInputSchema, io: 'input' },
  IndicatorTargetsInput: { schema: indicatorTargetsInputSchema, io: 'input' },
  IndicatorView: { schema: indicatorViewSchema, io: 'output' },
  IndicatorBaselineInput: { schema: indicatorBaselineInputSchema, io: 'input' },
  IndicatorBaselineUpdateInput: { schema: indicatorBaselineUpdateInputSchema, io: 'input' },
  IndicatorBaselineView: { schema: indicatorBaselineViewSchema, io: 'output' },
  IndicatorDashboardView: { schema: indicatorDashboardViewSchema, io: 'output' },
  GcmObjectiveDrillDownView: { schema: gcmObjectiveDrillDownViewSchema, io: 'output' },
  ReadinessView: { schema: readinessViewSchema, io: 'output' },
  ReadinessCriterionDetailView: { schema: readinessCriterionDetailViewSchema, io: 'output' },
  ReadinessCriterionInput: { schema: readinessCriterionInputSchema, io: 'input' },
  ReadinessCriterionUpdateInput: { schema: readinessCriterionUpdateInputSchema, io: 'input' },
  ReadinessCommentInput: { schema: readinessCommentInputSchema, io: 'input' },
  ReadinessCommentView: { schema: readinessCommentViewSchema, io: 'output' },
  ReadinessReviewDecisionInput: { schema: readinessReviewDecisionInputSchema, io: 'input' },
  ReadinessAnswerInput: { schema: readinessAnswerInputSchema, io: 'input' },
  ReadinessSignOffInput: { schema: readinessSignOffInputSchema.unwrap(), io: 'input' },
  ReadinessReviewView: { schema: readinessReviewViewSchema, io: 'output' },
  ReadinessGridView: { schema: readinessGridViewSchema, io: 'output' },
  ReadinessGridCellDetailView: { schema: readinessGridCellDetailViewSchema, io: 'output' },
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
  400: 'Invalid input (`validation_failed`, `unknown_time_zone`, `malformed_json`); `fields` names each bad field or header',
  401: 'Not signed in, or the session has expired (`unauthenticated`); wrong email or password (`invalid_credentials`)',
  403: 'Your role may not do this (`forbidden`), or a change came without `X-Requested-With: compact-tracker` or from another origin (`csrf_rejected`)',
  404: 'No such resource (`not_found`), also for records of another network',
  409: 'Refused because of the current state (`conflict`, `invalid_status_transition`)',
  412: 'The record changed since the version in If-Match (`precondition_failed`): reload and try again',
  413: 'Request body too large (`payload_too_large`)',
  415: 'Request body is not JSON (`unsupported_media_type`)',
  422: 'The Idempotency-Key was already used for a different request (`idempotency_key_reused`)',
  428: 'If-Match is missing (`precondition_required`)',
  429: 'Too many failed sign-in attempts (`too_many_attempts`); Retry-After says how many seconds to wait',
};

export const ApiErrorResponses = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: errorDescriptions[status] ?? 'Error', schema: refTo('ErrorBody') })));

export const ApiJsonBody = (name: ComponentName) => ApiBody({ schema: refTo(name) });

/** The name of the cookie security scheme: the HttpOnly session cookie set at sign-in. */
export const sessionCookieScheme = 'session';

/** On every POST, PUT, PATCH and DELETE: the CSRF defence's custom header. */
export const ApiCsrfHeader = () =>
  ApiHeader({ name: 'X-Requested-With', required: true, description: 'Must be compact-tracker (CSRF defence).', schema: { type: 'string', enum: ['compact-tracker'] } });

export const ApiIfMatchHeader = () =>
  ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the version the change is based on, e.g. "3". Missing: 428; stale: 412.',
    schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' },
  });

export const ApiIdempotencyKeyHeader = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key and body answers the first response and writes nothing; another body with it answers 422.',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  });

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
      'Workplans, activities and event agendas of a UN country Network on Migration. Every error is JSON `{ code, message, fields? }`. ' +
        'Sign in with `POST /api/auth/sign-in`: the session travels in the HttpOnly cookie `ct_session`. Every POST, PUT, PATCH ' +
        'and DELETE must send `X-Requested-With: compact-tracker` (else 403 `csrf_rejected`). Versioned records answer an `ETag`; ' +
        'changes to them need `If-Match`.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('ct_session', { type: 'apiKey', in: 'cookie', name: 'ct_session', description: 'Session cookie set by POST /api/auth/sign-in' }, sessionCookieScheme)
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
