import { userViewSchema, type UserView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn, testAccountEmails } from './support/accounts.js';
import { createOtherNetwork, type OtherNetwork } from './support/other-network.js';
import { countRows, findAuditRows, findUserId } from './support/rows.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

describe('user administration', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let admin: string;
  let adminId: string;
  let iomId: string;
  let other: OtherNetwork;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_users');
    app = harness.app;
    admin = await signIn(app, 'admin');
    adminId = await findUserId(harness.dataSource, testAccountEmails.admin);
    iomId = ((await request(app, '/api/organisations')).body as { id: string; shortName: string }[]).find((organisation) => organisation.shortName === 'IOM')?.id as string;
    other = await createOtherNetwork(harness.dataSource);
  });
  afterAll(() => harness.close());

  const createUser = (payload: unknown, extra: Record<string, string> = {}) =>
    request(app, { method: 'POST', url: '/api/users', headers: asUser(admin, extra), payload: payload as Record<string, unknown> });
  const updateUser = (id: string, payload: unknown, version: number, cookie = admin) =>
    request(app, { method: 'PATCH', url: `/api/users/${id}`, headers: asUser(cookie, { 'if-match': `"${version}"` }), payload: payload as Record<string, unknown> });
  const nino = { email: 'Nino.Beridze@Example.ORG', displayName: 'Nino Beridze', password: 'a long passphrase', role: 'expert', organisationId: '' };

  it("lists the admin's own network's users by name, never another network's, never a password hash", async () => {
    const response = await request(app, { method: 'GET', url: '/api/users', headers: { cookie: admin } });
    expect(response.status).toBe(200);
    const users = userViewSchema.strict().array().parse(response.body);
    expect(users.map((user) => [user.displayName, user.role, user.organisation.shortName, user.isActive])).toEqual([
      ['Demo Admin', 'admin', 'IOM', true],
      ['Demo Co-chair (IOM)', 'co_chair', 'IOM', true],
      ['Demo Co-chair (RCO)', 'co_chair', 'RCO', true],
      ['Demo Expert', 'expert', 'IOM', true],
      ['Demo SCMI Reviewer', 'scmi_reviewer', 'SCMI', true],
      ['Demo Viewer', 'viewer', 'RCO', true],
    ]);
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|password/i);
  });

  it('creates a user who can sign in: 201, ETag, one audit row without the password or its hash', async () => {
    const response = await createUser({ ...nino, organisationId: iomId });
    expect(response.status).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const created = userViewSchema.strict().parse(response.body) as UserView;
    expect(created).toMatchObject({ email: 'nino.beridze@example.org', displayName: 'Nino Beridze', role: 'expert', isActive: true, version: 1 });
    const rows = await findAuditRows(harness.dataSource, created.id);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_user_id: adminId,
        entity_type: 'user',
        action: 'create',
        before: null,
        after: { email: 'nino.beridze@example.org', displayName: 'Nino Beridze', role: 'expert', isActive: true, organisationId: iomId },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/argon2|passphrase|password/i);
    const [stored] = await harness.dataSource.query('SELECT password_hash FROM user_account WHERE id = $1', [created.id]);
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    await signIn(app, { email: 'nino.beridze@example.org', password: 'a long passphrase' });
  });

  it('answers 409 naming email for an address in use, in any letter case, also when two admins race', async () => {
    const before = await countRows(harness.dataSource);
    expect(await createUser({ ...nino, email: 'VIEWER@compact-tracker.example', organisationId: iomId })).toEqual({
      status: 409,
      body: { code: 'conflict', message: 'A user with this email already exists', fields: [{ path: 'email', message: 'is already in use' }] },
      headers: expect.any(Object),
    });
    expect(await countRows(harness.dataSource)).toEqual(before);

    const racing = await Promise.all(
      Array.from({ length: 5 }, (_, index) => createUser({ ...nino, email: 'tamar@example.org', displayName: `Tamar ${index}`, organisationId: iomId })),
    );
    expect(racing.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const response of racing.filter((candidate) => candidate.status === 409)) {
      expect(response.body).toEqual({ code: 'conflict', message: 'A user with this email already exists', fields: [{ path: 'email', message: 'is already in use' }] });
    }
  });

  it('refuses a short password, an unknown role or organisation, and unknown fields, naming each', async () => {
    const before = await countRows(harness.dataSource);
    expect(await createUser({ ...nino, email: 'short@example.org', password: 'short-pass1', organisationId: iomId })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'password', message: 'must be at least 12 characters' }] },
    });
    expect(await createUser({ ...nino, email: 'x@example.org', role: 'root', organisationId: iomId, isAdmin: true })).toMatchObject({
      status: 400,
      body: { fields: [{ path: 'role' }, { path: 'isAdmin', message: 'is not allowed' }] },
    });
    expect(await createUser({ ...nino, email: 'y@example.org', organisationId: '0d5f0c52-5f7c-4a4b-9a68-5d0c5e2f0001' })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'organisationId', message: 'is not a known organisation' }] },
    });
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  it('re-roles and deactivates with If-Match; deactivation ends the user’s sessions at once', async () => {
    const viewerId = await findUserId(harness.dataSource, testAccountEmails.viewer);
    const viewer = await signIn(app, 'viewer');
    expect((await request(app, { method: 'GET', url: '/api/auth/session', headers: { cookie: viewer } })).body).toMatchObject({ user: { role: 'viewer' } });

    const promoted = await updateUser(viewerId, { role: 'expert' }, 1);
    expect(promoted).toMatchObject({ status: 200, body: { role: 'expert', version: 2 }, headers: { etag: '"2"' } });
    // The next request already carries the new role's permissions.
    expect((await request(app, { method: 'GET', url: '/api/auth/session', headers: { cookie: viewer } })).body).toMatchObject({
      user: { role: 'expert', permissions: ['workplan:read', 'baseline:write', 'audit:read', 'crosswalk:write'] },
    });

    expect(await updateUser(viewerId, { isActive: false }, 1)).toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
    expect(await updateUser(viewerId, { isActive: false }, 2)).toMatchObject({ status: 200, body: { isActive: false, version: 3 } });
    expect((await request(app, { method: 'GET', url: '/api/auth/session', headers: { cookie: viewer } })).body).toEqual({ user: null });
    const live = await harness.dataSource.query('SELECT count(*)::int AS count FROM session WHERE user_id = $1 AND revoked_at IS NULL', [viewerId]);
    expect(live).toEqual([{ count: 0 }]);

    const changes = (await findAuditRows(harness.dataSource, viewerId)).filter((row) => row.action === 'update');
    expect(changes.map((row) => [row.before?.role, row.after?.role, row.before?.isActive, row.after?.isActive])).toEqual([
      ['viewer', 'expert', true, true],
      ['expert', 'expert', true, false],
    ]);
    expect(await updateUser(viewerId, { isActive: true }, 3)).toMatchObject({ status: 200, body: { isActive: true } });
  });

  it('keeps admins from deactivating or demoting themselves (409), and from users of other networks (404)', async () => {
    expect(await updateUser(adminId, { isActive: false }, 1)).toMatchObject({
      status: 409,
      body: { code: 'conflict', message: 'You cannot deactivate or demote yourself; ask another admin', fields: [{ path: 'isActive' }] },
    });
    expect(await updateUser(adminId, { role: 'viewer' }, 1)).toMatchObject({ status: 409, body: { fields: [{ path: 'role' }] } });
    expect(await updateUser(adminId, { displayName: 'Demo Admin (IOM)' }, 1)).toMatchObject({ status: 200, body: { displayName: 'Demo Admin (IOM)' } });
    expect(await updateUser(other.users.co_chair.id, { isActive: false }, 1)).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect(await updateUser(adminId, {}, 2)).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'body', message: 'must change at least one field' }] } });
  });

  it('creates one user for an Idempotency-Key, however often it is sent', async () => {
    const payload = { ...nino, email: 'levan@example.org', displayName: 'Levan', organisationId: iomId };
    const responses = await Promise.all(Array.from({ length: 5 }, () => createUser(payload, { 'idempotency-key': 'add-levan' })));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const id = (responses[0]?.body as UserView).id;
    for (const response of responses) expect(response.body).toEqual(responses[0]?.body);
    expect(await harness.dataSource.query("SELECT count(*)::int AS count FROM user_account WHERE email = 'levan@example.org'")).toEqual([{ count: 1 }]);
    expect(await findAuditRows(harness.dataSource, id)).toHaveLength(1);
  });
});
