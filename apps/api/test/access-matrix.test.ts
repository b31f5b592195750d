import { hasPermission, roles, type Role } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix, getAccessRule, type AccessMatrixRoute } from '../src/access/access-matrix.js';
import { decideAccess } from '../src/access/decide-access.js';
import { listApiRoutes } from '../src/create-app.js';
import { asUser, changeHeaders, signIn } from './support/accounts.js';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

type Caller = Role | 'anonymous';
const callers: Caller[] = ['anonymous', ...roles];

const isAllowed = (caller: Caller, route: AccessMatrixRoute): boolean => {
  const rule = accessMatrix[route];
  if (rule === 'public') return true;
  return caller !== 'anonymous' && (rule === 'signed-in' || hasPermission(caller, rule));
};

/**
 * A concrete request for each route that the handler turns down harmlessly once the access check has let it
 * through (an empty body, no If-Match): an allowed cell answers anything but 401/403, and nothing is changed.
 */
const buildRequest = (route: AccessMatrixRoute, ids: SeededIds & { networkId: string }) => {
  const [method, pattern] = route.split(' ') as [string, string];
  const url = pattern
    .replace('*', 'swagger-ui.css')
    .replace(':entityType', 'activity')
    .replace(':entityId', ids.webinarId)
    // An id of nothing: an allowed caller gets 404 (or 428 first), never 401/403.
    .replace(':baselineId', ids.workplanId)
    .replace('/api/action-points/:id', `/api/action-points/${ids.workplanId}`)
    .replace('/api/networks/:id', `/api/networks/${ids.networkId}`)
    .replace('/api/workplans/:id', `/api/workplans/${ids.workplanId}`)
    .replace('/api/activities/:id', `/api/activities/${ids.webinarId}`)
    .replace('/api/users/:id', `/api/users/${ids.workplanId}`);
  const isChange = method !== 'GET';
  // Sign-out with a body it does not take is refused before it runs, so the caller's session survives the test.
  const payload = route === 'POST /api/auth/sign-out' ? { stay: 'signed in' } : isChange ? {} : undefined;
  return { method, url, payload };
};

describe('the access matrix', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds & { networkId: string };
  const cookies = new Map<Caller, string>();
  beforeAll(async () => {
    app = await startTestApp();
    const seeded = await findSeededIds(app);
    const networks = (await request(app, '/api/networks')).body as { id: string }[];
    ids = { ...seeded, networkId: networks[0]?.id as string };
    for (const role of roles) cookies.set(role, await signIn(app, role));
  });
  afterAll(() => app.close());

  it('has exactly one entry per registered /api route, and no entry without a route', () => {
    const registered = new Set(listApiRoutes(app).filter((route) => !route.startsWith('HEAD ')));
    const listed = new Set(Object.keys(accessMatrix));
    expect([...registered].filter((route) => !listed.has(route)), 'routes without an access rule').toEqual([]);
    expect([...listed].filter((route) => !registered.has(route)), 'access rules without a route').toEqual([]);
  });

  it('answers HEAD as GET, and refuses a route it has no rule for to everyone', () => {
    expect(getAccessRule('HEAD', '/api/users')).toBe('user:manage');
    expect(getAccessRule('GET', '/api/not-listed')).toBeUndefined();
    const admin = { sessionId: 'x', user: { role: 'admin' } } as Parameters<typeof decideAccess>[1];
    for (const actor of [null, admin]) {
      expect(decideAccess(undefined, actor, 'GET /api/not-listed')).toMatchObject({ code: 'forbidden', message: 'No access rule covers GET /api/not-listed, so it is refused' });
    }
  });

  const cells = callers.flatMap((caller) => (Object.keys(accessMatrix) as AccessMatrixRoute[]).map((route) => ({ caller, route })));

  it.each(cells)('$caller → $route', async ({ caller, route }) => {
    const { method, url, payload } = buildRequest(route, ids);
    const cookie = cookies.get(caller);
    const headers = cookie ? asUser(cookie) : { ...changeHeaders };
    const response = await request(app, { method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });
    if (isAllowed(caller, route)) {
      expect([401, 403, 500], `${caller} ${route} answered ${response.status} ${JSON.stringify(response.body)}`).not.toContain(response.status);
      expect(response.status).toBeLessThan(500);
    } else if (caller === 'anonymous') {
      expect({ status: response.status, body: response.body }).toEqual({ status: 401, body: { code: 'unauthenticated', message: 'Sign in to do this' } });
    } else {
      expect({ status: response.status, body: response.body }).toEqual({
        status: 403,
        body: { code: 'forbidden', message: `Your role may not do this (it needs ${accessMatrix[route]})` },
      });
    }
  });
});
