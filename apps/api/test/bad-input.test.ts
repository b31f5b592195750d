import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix } from '../src/access/access-matrix.js';
import { maxBodyBytes } from '../src/create-app.js';
import { changeHeaders, signIn, type TestAccount } from './support/accounts.js';
import { countRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type RouteSpec = {
  route: string;
  account: TestAccount | 'anonymous';
  url: (ids: SeededIds & { userId: string; deliverableId: string }, id?: string) => string;
  /** A body the route would take. */
  valid: Record<string, unknown>;
  /** The same with wrong types, and the fields that must be named. */
  wrongTypes: unknown;
  wrongFields: string[];
  /** A body with the NUL character in a string, and the field it is in. */
  withNul: [unknown, string];
  takesId: boolean;
  takesIfMatch: boolean;
  takesIdempotencyKey: boolean;
};

const validActivity = { kind: 'meeting', title: 'A meeting', dateSpan: { precision: 'day', date: '2021-11-11' } };

const validAgendaItem = { start: '2021-04-22T14:00:00+04:00', durationMinutes: 15, kind: 'opening', title: 'Opening remarks' };
const validAgenda = {
  schedule: { windowStart: '2021-04-22T14:00:00+04:00', windowEnd: '2021-04-22T17:00:00+04:00', timeZone: 'Asia/Tbilisi' },
  items: [validAgendaItem],
};

const validLink = { strategyObjectiveId: '00000000-0000-4000-8000-000000000000', target: { kind: 'gcm_objective', number: 1 }, fit: 'direct', rationale: 'Both are about data' };

const validIndicator = {
  code: 'GE-1',
  name: 'Migrants with a residence permit',
  definition: 'Share of migrants holding a valid residence permit',
  measure: 'percentage',
  direction: 'increase',
  disaggregationDimensions: ['sex'],
  gcmObjectiveNumbers: [1],
  sdgIndicatorCodes: ['10.7.2'],
};

/** Every route that changes something. */
const mutationRoutes: RouteSpec[] = [
  {
    route: 'POST /api/auth/sign-in',
    withNul: [{ email: 'viewer@compact-tracker.example', password: 'georgia\u00002021' }, 'password'],
    account: 'anonymous',
    url: () => '/api/auth/sign-in',
    valid: { email: 'viewer@compact-tracker.example', password: 'georgia-2021-demo' },
    wrongTypes: { email: 42, password: ['x'] },
    wrongFields: ['email', 'password'],
    takesId: false,
    takesIfMatch: false,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/auth/sign-out',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'viewer',
    url: () => '/api/auth/sign-out',
    valid: {},
    wrongTypes: 'sign me out',
    wrongFields: ['body'],
    takesId: false,
    takesIfMatch: false,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/auth/password',
    withNul: [{ currentPassword: 'georgia-2021-demo', newPassword: 'a new pass\u0000phrase' }, 'newPassword'],
    account: 'expert',
    url: () => '/api/auth/password',
    valid: { currentPassword: 'georgia-2021-demo', newPassword: 'a new passphrase' },
    wrongTypes: { currentPassword: 1, newPassword: true },
    wrongFields: ['currentPassword', 'newPassword'],
    takesId: false,
    takesIfMatch: false,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/workplans/:id/activities',
    withNul: [{ ...validActivity, title: 'A\u0000meeting' }, 'title'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/workplans/${id}/activities`,
    valid: validActivity,
    wrongTypes: { ...validActivity, kind: 7, title: { en: 'x' }, objectives: 'one', leadOrganisationIds: ['not-a-uuid'] },
    wrongFields: ['kind', 'title', 'objectives', 'leadOrganisationIds.0'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/activities/:id',
    withNul: [{ objectives: ['fine', 'not\u0000fine'] }, 'objectives.1'],
    account: 'co_chair',
    url: (ids, id = ids.meetingId) => `/api/activities/${id}`,
    valid: { title: 'Renamed' },
    wrongTypes: { title: false, dateSpan: { precision: 'day', date: 20211111 } },
    wrongFields: ['title', 'dateSpan.date'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'PATCH /api/activities/:id/status',
    withNul: [{ status: 'postponed', note: 'why\u0000' }, 'note'],
    account: 'co_chair',
    url: (ids, id = ids.meetingId) => `/api/activities/${id}/status`,
    valid: { status: 'postponed' },
    wrongTypes: { status: 3, note: ['n'] },
    wrongFields: ['status', 'note'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/activities/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'co_chair',
    url: (ids, id = ids.meetingId) => `/api/activities/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/workplans/:id/baselines',
    withNul: [{ name: 'Q1\u0000' }, 'name'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/workplans/${id}/baselines`,
    valid: { name: 'As agreed in January' },
    wrongTypes: { name: 2021 },
    wrongFields: ['name'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PUT /api/activities/:id/outcomes',
    withNul: [{ summary: 'Agreed', decisions: ['one', 'tw\u0000o'] }, 'decisions.1'],
    account: 'co_chair',
    url: (ids, id = ids.webinarId) => `/api/activities/${id}/outcomes`,
    valid: { summary: 'Agreed', decisions: [] },
    wrongTypes: { summary: ['Agreed'], decisions: 'all of them' },
    wrongFields: ['summary', 'decisions'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/activities/:id/outcomes/sign-off',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'co_chair',
    url: (ids, id = ids.webinarId) => `/api/activities/${id}/outcomes/sign-off`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/activities/:id/outcomes/return',
    withNul: [{ reason: 'Missing\u0000' }, 'reason'],
    account: 'co_chair',
    url: (ids, id = ids.webinarId) => `/api/activities/${id}/outcomes/return`,
    valid: { reason: 'Please list the decisions' },
    wrongTypes: { reason: 5 },
    wrongFields: ['reason'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/activities/:id/action-points',
    withNul: [{ title: 'Draft\u0000', ownerOrganisationId: '00000000-0000-4000-8000-000000000000', dueDate: '2021-06-30' }, 'title'],
    account: 'co_chair',
    url: (ids, id = ids.webinarId) => `/api/activities/${id}/action-points`,
    valid: { title: 'Draft the note', ownerOrganisationId: '00000000-0000-4000-8000-000000000000', dueDate: '2021-06-30' },
    wrongTypes: { title: 1, ownerOrganisationId: 'iom', dueDate: '2021-02-30', status: 'late' },
    wrongFields: ['title', 'ownerOrganisationId', 'dueDate', 'status'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/action-points/:id',
    withNul: [{ title: '\u0000' }, 'title'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/action-points/${id}`,
    valid: { status: 'done' },
    wrongTypes: { status: true, feedsActivityId: 'meeting' },
    wrongFields: ['status', 'feedsActivityId'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/action-points/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/action-points/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/networks/:id/strategy/goals',
    withNul: [{ title: 'Go\u0000al' }, 'title'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/networks/${id}/strategy/goals`,
    valid: { title: 'A goal' },
    wrongTypes: { title: 5 },
    wrongFields: ['title'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/strategy/goals/:id',
    withNul: [{ title: 'Go\u0000al' }, 'title'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/strategy/goals/${id}`,
    valid: { title: 'A goal' },
    wrongTypes: { title: ['x'] },
    wrongFields: ['title'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/strategy/goals/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/strategy/goals/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/strategy/goals/:id/objectives',
    withNul: [{ title: 'Obj\u0000' }, 'title'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/strategy/goals/${id}/objectives`,
    valid: { title: 'An objective' },
    wrongTypes: { title: null },
    wrongFields: ['title'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/strategy/objectives/:id',
    withNul: [{ title: 'Obj\u0000' }, 'title'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/strategy/objectives/${id}`,
    valid: { title: 'An objective' },
    wrongTypes: { title: 7 },
    wrongFields: ['title'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/strategy/objectives/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/strategy/objectives/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/crosswalk/links',
    withNul: [{ ...validLink, rationale: 'Fits\u0000' }, 'rationale'],
    account: 'expert',
    url: () => '/api/crosswalk/links',
    valid: validLink,
    wrongTypes: { strategyObjectiveId: 5, target: 'gcm', fit: 1, rationale: [] },
    wrongFields: ['strategyObjectiveId', 'target', 'fit', 'rationale'],
    takesId: false,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/crosswalk/links/:id',
    withNul: [{ rationale: 'Fits\u0000' }, 'rationale'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/crosswalk/links/${id}`,
    valid: { fit: 'direct' },
    wrongTypes: { fit: 1, rationale: 2 },
    wrongFields: ['fit', 'rationale'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/crosswalk/links/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/crosswalk/links/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/networks/:id/indicators',
    withNul: [{ ...validIndicator, name: 'Mig\u0000rants' }, 'name'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/networks/${id}/indicators`,
    valid: validIndicator,
    wrongTypes: { ...validIndicator, code: 1, measure: 'count', disaggregationDimensions: 'sex', gcmObjectiveNumbers: ['one'] },
    wrongFields: ['code', 'measure', 'disaggregationDimensions', 'gcmObjectiveNumbers.0'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/indicators/:id',
    withNul: [{ name: 'Mig\u0000rants' }, 'name'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/indicators/${id}`,
    valid: { name: 'Renamed' },
    wrongTypes: { name: 1, direction: 'up' },
    wrongFields: ['name', 'direction'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/indicators/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/indicators/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'PUT /api/indicators/:id/targets',
    withNul: [{ targets: [{ year: 2030, value: 'Mo\u0000re' }] }, 'targets.0.value'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/indicators/${id}/targets`,
    valid: { targets: [{ year: 2030, value: 50 }] },
    wrongTypes: { targets: [{ year: '2030', value: 50 }] },
    wrongFields: ['targets.0.year'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/indicators/:id/baselines',
    withNul: [{ referenceYear: 2020, value: 40, notes: 'No\u0000te' }, 'notes'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/indicators/${id}/baselines`,
    valid: { referenceYear: 2020, value: 40 },
    wrongTypes: { referenceYear: '2020', value: 'forty', source: { provider: 1 } },
    wrongFields: ['referenceYear', 'value', 'source.provider'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/baselines/:id',
    withNul: [{ notes: 'No\u0000te' }, 'notes'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/baselines/${id}`,
    valid: { value: 41 },
    wrongTypes: { value: 'forty', confidence: 'sure' },
    wrongFields: ['value', 'confidence'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/baselines/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'expert',
    url: (ids, id = ids.workplanId) => `/api/baselines/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/activities/:id/progress',
    withNul: [{ note: 'Met\u0000' }, 'note'],
    account: 'co_chair',
    url: (ids, id = ids.meetingId) => `/api/activities/${id}/progress`,
    valid: { note: 'Met the SCMI' },
    wrongTypes: { note: 5 },
    wrongFields: ['note'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'POST /api/activities/:id/deliverables',
    withNul: [{ title: 'Rep\u0000ort' }, 'title'],
    account: 'co_chair',
    url: (ids, id = ids.meetingId) => `/api/activities/${id}/deliverables`,
    valid: { title: 'Report' },
    wrongTypes: { title: 1, status: 'lost' },
    wrongFields: ['title', 'status'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/deliverables/:id',
    withNul: [{ title: '\u0000Report' }, 'title'],
    account: 'co_chair',
    url: (ids, id = ids.deliverableId) => `/api/deliverables/${id}`,
    valid: { status: 'delivered' },
    wrongTypes: { title: [], status: 2 },
    wrongFields: ['title', 'status'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'DELETE /api/deliverables/:id',
    withNul: [{ 'x\u0000': 1 }, 'x\u0000'],
    account: 'co_chair',
    url: (ids, id = ids.deliverableId) => `/api/deliverables/${id}`,
    valid: {},
    wrongTypes: [1, 2],
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'PUT /api/activities/:id/agenda',
    withNul: [{ ...validAgenda, items: [{ ...validAgendaItem, title: 'Open\u0000ing' }] }, 'items.0.title'],
    account: 'co_chair',
    url: (ids, id = ids.webinarId) => `/api/activities/${id}/agenda`,
    valid: validAgenda,
    wrongTypes: { schedule: { ...validAgenda.schedule, windowStart: 1 }, items: [{ ...validAgendaItem, durationMinutes: '15' }] },
    wrongFields: ['schedule.windowStart', 'items.0.durationMinutes'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/people',
    withNul: [{ name: 'Ja\u0000ne', title: 'Adviser' }, 'name'],
    account: 'co_chair',
    url: () => '/api/people',
    valid: { name: 'Jane Example', title: 'Adviser' },
    wrongTypes: { name: 1, title: 'Adviser', timeZone: 'Mars/Base' },
    wrongFields: ['name', 'timeZone'],
    takesId: false,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'POST /api/networks/:id/readiness/criteria',
    withNul: [{ title: 'Rep\u0000ort', ownerOrganisationId: '00000000-0000-4000-8000-000000000000' }, 'title'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/networks/${id}/readiness/criteria`,
    valid: { title: 'Report drafted', ownerOrganisationId: '00000000-0000-4000-8000-000000000000' },
    wrongTypes: { title: 5, ownerOrganisationId: 'iom', dueDate: '2022-02-30', evidence: 'none' },
    wrongFields: ['title', 'ownerOrganisationId', 'dueDate', 'evidence'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/readiness/criteria/:id',
    withNul: [{ description: 'Draft\u0000' }, 'description'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/readiness/criteria/${id}`,
    valid: { title: 'Renamed' },
    wrongTypes: { title: 1, status: 'ready' },
    wrongFields: ['title', 'status'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/readiness/criteria/:id/answer',
    withNul: [{ comment: 'Evidence\u0000 added' }, 'comment'],
    account: 'co_chair',
    url: (ids, id = ids.workplanId) => `/api/readiness/criteria/${id}/answer`,
    valid: { comment: 'Evidence added' },
    wrongTypes: { comment: 5 },
    wrongFields: ['comment'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/readiness/criteria/:id/comments',
    withNul: [{ body: 'Where\u0000' }, 'body'],
    account: 'scmi_reviewer',
    url: (ids, id = ids.workplanId) => `/api/readiness/criteria/${id}/comments`,
    valid: { body: 'Where is the evidence?' },
    wrongTypes: { body: ['Where'] },
    wrongFields: ['body'],
    takesId: true,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'POST /api/readiness/criteria/:id/review',
    withNul: [{ decision: 'return', reason: 'No\u0000 owner' }, 'reason'],
    account: 'scmi_reviewer',
    url: (ids, id = ids.workplanId) => `/api/readiness/criteria/${id}/review`,
    valid: { decision: 'return', reason: 'No owner' },
    wrongTypes: { decision: 'return', reason: 5 },
    wrongFields: ['reason'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/networks/:id/readiness/sign-off',
    withNul: [{ note: 'Signed\u0000' }, 'note'],
    account: 'scmi_reviewer',
    url: (ids, id = ids.workplanId) => `/api/networks/${id}/readiness/sign-off`,
    valid: {},
    wrongTypes: { note: 5 },
    wrongFields: ['note'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
  {
    route: 'POST /api/users',
    withNul: [{ email: 'new@example.org', displayName: 'Ne\u0000w', password: 'a long passphrase', role: 'viewer', organisationId: '00000000-0000-4000-8000-000000000000' }, 'displayName'],
    account: 'admin',
    url: () => '/api/users',
    valid: { email: 'new@example.org', displayName: 'New', password: 'a long passphrase', role: 'viewer', organisationId: '00000000-0000-4000-8000-000000000000' },
    wrongTypes: { email: 'new@example.org', displayName: 1, password: 123456789012, role: 'viewer', organisationId: 5 },
    wrongFields: ['displayName', 'password', 'organisationId'],
    takesId: false,
    takesIfMatch: false,
    takesIdempotencyKey: true,
  },
  {
    route: 'PATCH /api/users/:id',
    withNul: [{ displayName: '\u0000' }, 'displayName'],
    account: 'admin',
    url: (ids, id = ids.userId) => `/api/users/${id}`,
    valid: { displayName: 'Renamed' },
    wrongTypes: { isActive: 'no', role: null },
    wrongFields: ['role', 'isActive'],
    takesId: true,
    takesIfMatch: true,
    takesIdempotencyKey: false,
  },
];

/** Routes whose body is a file, not JSON: checked by their own cases below. */
const fileRoutes = ['POST /api/networks/:id/baseline-imports'];

type BadInput = { name: string; build: (spec: RouteSpec, base: InjectOptions) => InjectOptions; expect: { status: number; code: string; fields?: string[] } };

const withBody = (base: InjectOptions, payload: string, contentType = 'application/json') => ({
  ...base,
  headers: { ...base.headers, 'content-type': contentType },
  payload,
});

const badInputs: BadInput[] = [
  { name: 'wrong types', build: (spec, base) => withBody(base, JSON.stringify(spec.wrongTypes)), expect: { status: 400, code: 'validation_failed' } },
  {
    name: 'an unknown field',
    build: (spec, base) => withBody(base, JSON.stringify({ ...spec.valid, surprise: true })),
    expect: { status: 400, code: 'validation_failed', fields: ['surprise'] },
  },
  {
    name: 'a body over 1 MiB',
    build: (spec, base) => withBody(base, JSON.stringify({ ...spec.valid, padding: 'x'.repeat(maxBodyBytes) })),
    expect: { status: 413, code: 'payload_too_large' },
  },
  { name: 'malformed JSON', build: (_spec, base) => withBody(base, '{"title": "x",'), expect: { status: 400, code: 'malformed_json' } },
  { name: 'a prototype-poisoning key', build: (_spec, base) => withBody(base, '{"__proto__": {"isAdmin": true}}'), expect: { status: 400, code: 'malformed_json' } },
  {
    name: 'JSON nested 100 000 deep',
    build: (_spec, base) => withBody(base, `{"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    expect: { status: 400, code: 'validation_failed' },
  },
  { name: 'a JSON array body', build: (_spec, base) => withBody(base, '[]'), expect: { status: 400, code: 'validation_failed', fields: ['body'] } },
  {
    name: 'a form body',
    build: (_spec, base) => withBody(base, 'title=x', 'application/x-www-form-urlencoded'),
    expect: { status: 415, code: 'unsupported_media_type' },
  },
  { name: 'a text body', build: (_spec, base) => withBody(base, 'title', 'text/plain'), expect: { status: 415, code: 'unsupported_media_type' } },
  {
    name: 'an unknown query parameter',
    build: (spec, base) => withBody({ ...base, url: `${String(base.url)}?debug=1` }, JSON.stringify(spec.valid)),
    expect: { status: 400, code: 'validation_failed', fields: ['debug'] },
  },
];

describe('bad input to every route that changes something', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds & { userId: string; deliverableId: string };
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_bad_input');
    app = harness.app;
    const viewerId = ((await harness.dataSource.query("SELECT id FROM user_account WHERE role = 'viewer'")) as { id: string }[])[0]?.id as string;
    const seededIds = await findSeededIds(app);
    const expert = (await request(app, `/api/activities/${seededIds.expertId}`)).body as { expectedDeliverables: { id: string }[] };
    ids = { ...seededIds, userId: viewerId, deliverableId: expert.expectedDeliverables[0]?.id as string };
    for (const account of ['viewer', 'co_chair', 'admin', 'expert', 'scmi_reviewer'] as const) cookies.set(account, await signIn(app, account));
  });
  afterAll(() => harness.close());

  it('covers every mutation route of the access matrix', () => {
    const unsafe = Object.keys(accessMatrix).filter((route) => !route.startsWith('GET '));
    expect([...mutationRoutes.map((spec) => spec.route), ...fileRoutes].sort()).toEqual(unsafe.sort());
  });

  it('answers each bad baseline file or request for one with its 4xx and { code, message, fields }, and writes nothing', async () => {
    const networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    const upload = (payload: string | Buffer, options: { contentType?: string; query?: string; id?: string; headers?: Record<string, string> } = {}): InjectOptions => ({
      method: 'POST',
      url: `/api/networks/${options.id ?? networkId}/baseline-imports${options.query ?? '?dryRun=true'}`,
      headers: { ...changeHeaders, cookie: cookies.get('expert') as string, ...(options.contentType === '' ? {} : { 'content-type': options.contentType ?? 'text/csv' }), ...options.headers },
      payload,
    });
    const file = 'indicator_code,reference_year,value\r\nGE-1,2020,40';
    const cases: [string, InjectOptions, { status: number; code: string; fields?: string[] }][] = [
      ['a JSON body', upload('{"rows": []}', { contentType: 'application/json' }), { status: 415, code: 'unsupported_media_type' }],
      ['a form body', upload('title=x', { contentType: 'application/x-www-form-urlencoded' }), { status: 415, code: 'unsupported_media_type' }],
      ['a text body', upload(file, { contentType: 'text/plain' }), { status: 415, code: 'unsupported_media_type' }],
      ['no body', upload('', { contentType: '' }), { status: 415, code: 'unsupported_media_type' }],
      ['a file over 20 MiB', upload(Buffer.alloc(20 * 1024 * 1024 + 1, 'x')), { status: 413, code: 'payload_too_large' }],
      ['a malformed id', upload(file, { id: 'not-a-uuid' }), { status: 400, code: 'validation_failed', fields: ['id'] }],
      ['an over-long id', upload(file, { id: 'x'.repeat(5000) }), { status: 414, code: 'bad_request' }],
      ['an unknown query parameter', upload(file, { query: '?dryRun=true&debug=1' }), { status: 400, code: 'validation_failed', fields: ['debug'] }],
      ['no dryRun', upload(file, { query: '' }), { status: 400, code: 'validation_failed', fields: ['dryRun'] }],
      ['an over-long Idempotency-Key', upload(file, { query: '?dryRun=false', headers: { 'idempotency-key': 'k'.repeat(201) } }), { status: 400, code: 'validation_failed', fields: ['Idempotency-Key'] }],
      ['a NUL character', upload('indicator_code,reference_year,notes\r\nGE-1,2020,no\u0000te'), { status: 422, code: 'validation_failed', fields: ['rows.2.indicator_code', 'rows.2.notes'] }],
      ['text that is not UTF-8', upload(Buffer.from([0x69, 0xff, 0x2c, 0x0d, 0x0a])), { status: 422, code: 'validation_failed', fields: ['file'] }],
      ['a malformed CSV', upload('indicator_code,reference_year\r\n"GE-1,2020'), { status: 422, code: 'validation_failed', fields: ['file'] }],
      ['a workbook that is none', upload(Buffer.from('PK not a zip'), { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), { status: 422, code: 'validation_failed', fields: ['file'] }],
      ['an unknown column', upload('indicator_code,reference_year,surprise\r\nGE-1,2020,1'), { status: 422, code: 'validation_failed', fields: ['columns.surprise'] }],
    ];
    const before = await countRows(harness.dataSource);
    const outcomes = [];
    for (const [label, options, expected] of cases) {
      const response = await request(app, options);
      const body = response.body as { code?: unknown; message?: unknown; fields?: { path: string }[] };
      outcomes.push({ label, status: response.status, code: body.code, hasMessage: typeof body.message === 'string' && body.message.length > 0, fields: expected.fields ? body.fields?.map((field) => field.path).sort() : undefined });
    }
    expect(outcomes).toEqual(cases.map(([label, , expected]) => ({ label, status: expected.status, code: expected.code, hasMessage: true, fields: expected.fields && [...expected.fields].sort() })));
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  const base = (spec: RouteSpec, extra: Record<string, string> = {}, id?: string): InjectOptions => {
    const cookie = cookies.get(spec.account);
    return {
      method: spec.route.split(' ')[0] as 'POST',
      url: spec.url(ids, id),
      headers: { ...changeHeaders, ...(cookie ? { cookie } : {}), ...(spec.takesIfMatch ? { 'if-match': '"1"' } : {}), ...extra },
    };
  };

  const cases = mutationRoutes.flatMap((spec) => {
    const generic = badInputs.map((input) => ({ label: `${spec.route}: ${input.name}`, spec, build: () => input.build(spec, base(spec)), expected: input.expect }));
    const specific = [
      { label: `${spec.route}: wrong types name each field`, spec, build: () => withBody(base(spec), JSON.stringify(spec.wrongTypes)), expected: { status: 400, code: 'validation_failed', fields: spec.wrongFields } },
      { label: `${spec.route}: a NUL character`, spec, build: () => withBody(base(spec), JSON.stringify(spec.withNul[0])), expected: { status: 400, code: 'validation_failed', fields: [spec.withNul[1]] } },
      ...(spec.takesId
        ? [
            { label: `${spec.route}: a malformed id`, spec, build: () => withBody(base(spec, {}, 'not-a-uuid'), JSON.stringify(spec.valid)), expected: { status: 400, code: 'validation_failed', fields: ['id'] } },
            // Fastify's router refuses it before any handler: 414 URI Too Long.
            { label: `${spec.route}: an over-long id`, spec, build: () => withBody(base(spec, {}, 'x'.repeat(5000)), JSON.stringify(spec.valid)), expected: { status: 414, code: 'bad_request' } },
          ]
        : []),
      ...(spec.takesIfMatch
        ? [
            { label: `${spec.route}: a malformed If-Match`, spec, build: () => withBody(base(spec, { 'if-match': 'version 1' }), JSON.stringify(spec.valid)), expected: { status: 400, code: 'validation_failed', fields: ['If-Match'] } },
            {
              label: `${spec.route}: no If-Match`,
              spec,
              build: () => {
                const options = withBody(base(spec), JSON.stringify(spec.valid));
                const { 'if-match': _ifMatch, ...headers } = options.headers as Record<string, string>;
                return { ...options, headers };
              },
              expected: { status: 428, code: 'precondition_required', fields: ['If-Match'] },
            },
          ]
        : []),
      ...(spec.takesIdempotencyKey
        ? [
            {
              label: `${spec.route}: an over-long Idempotency-Key`,
              spec,
              build: () => withBody(base(spec, { 'idempotency-key': 'k'.repeat(201) }), JSON.stringify(spec.valid)),
              expected: { status: 400, code: 'validation_failed', fields: ['Idempotency-Key'] },
            },
          ]
        : []),
    ];
    return [...generic, ...specific];
  });

  it(`answers each of ${cases.length} bad requests with its 4xx and { code, message, fields }, never a 500, and writes nothing`, async () => {
    const before = await countRows(harness.dataSource);
    const outcomes = [];
    for (const { label, build, expected } of cases) {
      const response = await request(app, build());
      const body = response.body as { code?: unknown; message?: unknown; fields?: { path: string; message: string }[] };
      outcomes.push({
        label,
        status: response.status,
        code: body.code,
        hasMessage: typeof body.message === 'string' && body.message.length > 0,
        fields: expected.fields ? body.fields?.map((field) => field.path).sort() : undefined,
        noLeak: !JSON.stringify(body).match(/QueryFailedError|SELECT|INSERT|UPDATE|at \w+ \(|node_modules/),
      });
    }
    expect(outcomes).toEqual(
      cases.map(({ label, expected }) => ({ label, status: expected.status, code: expected.code, hasMessage: true, fields: expected.fields && [...expected.fields].sort(), noLeak: true })),
    );
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  it('answers bad ids and unknown query parameters of every reading route with 400, naming them', async () => {
    // The documentation routes serve files; health answers load balancers, whatever cache-buster they append.
    const readRoutes = Object.keys(accessMatrix).filter(
      (route) => route.startsWith('GET ') && !route.includes('/docs') && !route.endsWith('openapi.json') && route !== 'GET /api/health',
    );
    const admin = cookies.get('admin') as string;
    const outcomes = [];
    const expected = [];
    for (const route of readRoutes) {
      const pattern = route.slice('GET '.length);
      const url = pattern
        .replace(':entityType', 'activity')
        .replace(':entityId', ids.meetingId)
        .replace(':baselineId', '00000000-0000-4000-8000-000000000000')
        .replace(':objective', '1')
        .replace(':principle', '1')
        .replace(':number', '1')
        .replace(':id', ids.workplanId);
      for (const [label, target, field] of [
        ['unknown query', `${url}?surprise=1`, 'surprise'],
        ...(pattern.includes(':id') || pattern.includes(':entityId') ? [['malformed id', url.replace(ids.workplanId, 'nope').replace(ids.meetingId, 'nope'), pattern.includes(':entityId') ? 'entityId' : 'id']] : []),
      ] as [string, string, string][]) {
        // Templates are for those who import; every other reading route is the admin's to read.
        const cookie = accessMatrix[route as keyof typeof accessMatrix] === 'baseline:write' ? (cookies.get('expert') as string) : admin;
        const response = await request(app, { method: 'GET', url: target, headers: { cookie } });
        outcomes.push({ route, label, status: response.status, body: response.body });
        expected.push({ route, label, status: 400, body: expect.objectContaining({ code: 'validation_failed', fields: [expect.objectContaining({ path: field })] }) });
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
