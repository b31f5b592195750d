import type { Permission } from '@compact-tracker/domain';

/**
 * `public`: anyone, signed in or not. `signed-in`: any signed-in user, whatever their role (their own account).
 * A permission: a signed-in user whose role has it (see the domain's roles).
 */
export type AccessRule = 'public' | 'signed-in' | Permission;

/**
 * Who may call each route of the API, keyed by method and Fastify's route pattern: the one table the access hook
 * reads on every request. A route missing here is refused to everyone (deny by default), and a test fails for any
 * registered /api route without an entry, or an entry without a route. HEAD is answered as GET. Which records of a
 * route a user may reach (their own network's) is the service's part.
 */
export const accessMatrix = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/': 'public',
  'GET /api/docs/index.html': 'public',
  'GET /api/docs/LICENSE': 'public',
  'GET /api/docs/swagger-ui-init.js': 'public',
  'GET /api/docs/docs/swagger-ui-init.js': 'public',
  'GET /api/docs/*': 'public',
  'GET /api/docs/docs/*': 'public',

  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/password': 'signed-in',

  'GET /api/networks': 'public',
  'GET /api/organisations': 'public',
  'GET /api/workplans': 'public',
  'GET /api/workplans/:id': 'public',
  'GET /api/activities/:id': 'public',
  'GET /api/activities/:id/agenda': 'public',
  // The workplan is public: its calendar files, exports and print too.
  'GET /api/activities/:id/calendar.ics': 'public',
  'GET /api/workplans/:id/calendar.ics': 'public',
  'GET /api/workplans/:id/export.csv': 'public',
  'GET /api/workplans/:id/export.xlsx': 'public',
  'GET /api/workplans/:id/print.pdf': 'public',

  'POST /api/workplans/:id/activities': 'activity:write',
  'PATCH /api/activities/:id': 'activity:write',
  'PATCH /api/activities/:id/status': 'activity:write',
  'DELETE /api/activities/:id': 'activity:write',

  // An activity's progress log and deliverables: read with the (public) activity, written by those who plan it.
  'GET /api/activities/:id/progress': 'public',
  'POST /api/activities/:id/progress': 'activity:write',
  'POST /api/activities/:id/deliverables': 'activity:write',
  'PATCH /api/deliverables/:id': 'activity:write',
  'DELETE /api/deliverables/:id': 'activity:write',

  // Speakers are named on public agendas; those who build agendas add them.
  'PUT /api/activities/:id/agenda': 'agenda:write',
  'GET /api/people': 'public',
  'POST /api/people': 'agenda:write',

  // Plan vs baseline: public like the plan itself; those who plan freeze it.
  'POST /api/workplans/:id/baselines': 'activity:write',
  'GET /api/workplans/:id/baselines': 'public',
  'GET /api/workplans/:id/baselines/:baselineId/diff': 'public',

  // Outcomes records are the co-chairs' working text (drafts, returns with reasons): signed-in readers only. Who may
  // sign off or return (a co-chair organisation of the network) is the service's part.
  'GET /api/activities/:id/outcomes': 'workplan:read',
  'PUT /api/activities/:id/outcomes': 'activity:write',
  'POST /api/activities/:id/outcomes/sign-off': 'activity:write',
  'POST /api/activities/:id/outcomes/return': 'activity:write',

  // Action points show on the public timeline, so the follow-up list and its exports are public too.
  'POST /api/activities/:id/action-points': 'activity:write',
  'PATCH /api/action-points/:id': 'activity:write',
  'DELETE /api/action-points/:id': 'activity:write',
  'GET /api/workplans/:id/action-points': 'public',
  'GET /api/workplans/:id/action-points/export.csv': 'public',
  'GET /api/workplans/:id/action-points/export.xlsx': 'public',
  'GET /api/workplans/:id/milestones': 'public',

  // Reference frameworks, the national strategy and its crosswalk are public like the plan; the expert and the
  // co-chairs edit the strategy tree and the links.
  'GET /api/frameworks/gcm': 'public',
  'GET /api/frameworks/sdg': 'public',
  'GET /api/networks/:id/strategy': 'public',
  'POST /api/networks/:id/strategy/goals': 'crosswalk:write',
  'PATCH /api/strategy/goals/:id': 'crosswalk:write',
  'DELETE /api/strategy/goals/:id': 'crosswalk:write',
  'POST /api/strategy/goals/:id/objectives': 'crosswalk:write',
  'PATCH /api/strategy/objectives/:id': 'crosswalk:write',
  'DELETE /api/strategy/objectives/:id': 'crosswalk:write',
  'POST /api/crosswalk/links': 'crosswalk:write',
  'PATCH /api/crosswalk/links/:id': 'crosswalk:write',
  'DELETE /api/crosswalk/links/:id': 'crosswalk:write',
  'GET /api/networks/:id/crosswalk': 'public',

  // Indicators, their baselines and targets are public like the crosswalk; only the expert records them.
  'GET /api/networks/:id/indicators': 'public',
  'POST /api/networks/:id/indicators': 'baseline:write',
  'GET /api/indicators/:id': 'public',
  'PATCH /api/indicators/:id': 'baseline:write',
  'DELETE /api/indicators/:id': 'baseline:write',
  'PUT /api/indicators/:id/targets': 'baseline:write',
  'GET /api/indicators/:id/baselines': 'public',
  'POST /api/indicators/:id/baselines': 'baseline:write',
  'PATCH /api/baselines/:id': 'baseline:write',
  'DELETE /api/baselines/:id': 'baseline:write',
  // Importing baselines from a file is recording them; the exports are public like what they export.
  'POST /api/networks/:id/baseline-imports': 'baseline:write',
  'GET /api/networks/:id/baseline-imports/template.csv': 'baseline:write',
  'GET /api/networks/:id/indicators/export.csv': 'public',
  'GET /api/networks/:id/indicators/export.xlsx': 'public',
  'GET /api/networks/:id/baselines/export.csv': 'public',
  'GET /api/networks/:id/baselines/export.xlsx': 'public',
  'GET /api/networks/:id/crosswalk/export.csv': 'public',
  'GET /api/networks/:id/crosswalk/export.xlsx': 'public',

  // The indicator-baseline dashboard reads only what is public above.
  'GET /api/networks/:id/indicator-dashboard': 'public',
  'GET /api/networks/:id/indicator-dashboard/objectives/:number': 'public',

  // The readiness review is SCMI's working text (returns with reasons, comments): signed-in readers only. Co-chairs
  // add criteria, change their evidence and answer returns; SCMI reviewers comment, accept or return, and sign off.
  'GET /api/networks/:id/readiness': 'workplan:read',
  'GET /api/networks/:id/readiness/grid': 'workplan:read',
  'GET /api/networks/:id/readiness/grid/:objective/:principle': 'workplan:read',
  'GET /api/readiness/criteria/:id': 'workplan:read',
  'POST /api/networks/:id/readiness/criteria': 'readiness:write',
  'PATCH /api/readiness/criteria/:id': 'readiness:write',
  'POST /api/readiness/criteria/:id/answer': 'readiness:write',
  'POST /api/readiness/criteria/:id/comments': 'readiness:review',
  'POST /api/readiness/criteria/:id/review': 'readiness:review',
  'POST /api/networks/:id/readiness/sign-off': 'readiness:review',
  // The readiness report prints what the readiness summary shows: read by the same readers.
  'GET /api/networks/:id/readiness/report.pdf': 'workplan:read',

  'GET /api/audit/:entityType/:entityId': 'audit:read',
  'GET /api/networks/:id/audit': 'audit:read',

  'GET /api/users': 'user:manage',
  'POST /api/users': 'user:manage',
  'PATCH /api/users/:id': 'user:manage',
} as const satisfies Record<string, AccessRule>;

export type AccessMatrixRoute = keyof typeof accessMatrix;

export const getAccessRule = (method: string, routePattern: string): AccessRule | undefined => {
  const key = `${method === 'HEAD' ? 'GET' : method} ${routePattern}`;
  return Object.hasOwn(accessMatrix, key) ? accessMatrix[key as AccessMatrixRoute] : undefined;
};
