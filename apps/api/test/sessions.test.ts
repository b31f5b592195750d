import { createHash } from 'node:crypto';
import { demoAccountPassword, sessionViewSchema } from '@compact-tracker/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PasswordHasher } from '../src/accounts/password-hasher.js';
import { SessionCookies } from '../src/accounts/session-cookies.js';
import { Clock } from '../src/common/clock.js';
import { defaultSecurityConfig } from '../src/config.js';
import { asUser, changeHeaders, readSessionCookie, signIn, testAccountEmails } from './support/accounts.js';
import { findUserId } from './support/rows.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

const minute = 60_000;

describe('sessions', () => {
  let harness: WritableTestApp;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_sessions');
  });
  afterAll(() => harness.close());
  afterEach(() => vi.restoreAllMocks());

  const getSession = (cookie?: string) => request(harness.app, { method: 'GET', url: '/api/auth/session', headers: cookie ? { cookie } : {} });
  const getSessionUser = async (cookie?: string) => ((await getSession(cookie)).body as { user: { email: string } | null }).user;
  /** A route that needs a session (audit:read). */
  const readUsers = (cookie: string) => request(harness.app, { method: 'GET', url: '/api/users', headers: { cookie } });
  const signInRaw = (payload: unknown, headers: Record<string, string> = {}) =>
    request(harness.app, { method: 'POST', url: '/api/auth/sign-in', headers: { ...changeHeaders, ...headers }, payload: payload as Record<string, string> });

  /** Moves the app's clock to `offsetMs` after now for every later call. */
  const moveClock = (base: number, offsetMs: number) => vi.spyOn(harness.app.get(Clock), 'now').mockImplementation(() => new Date(base + offsetMs));

  it('signs in: answers the user with their permissions and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const response = await signInRaw({ email: ' IOM.CoChair@Compact-Tracker.Example ', password: demoAccountPassword });
    expect(response.status).toBe(200);
    expect(sessionViewSchema.strict().parse(response.body)).toEqual({
      user: {
        id: expect.any(String),
        email: 'iom.cochair@compact-tracker.example',
        displayName: 'Demo Co-chair (IOM)',
        role: 'co_chair',
        organisation: { id: expect.any(String), name: 'International Organization for Migration', shortName: 'IOM' },
        network: { id: expect.any(String), name: 'UN Network on Migration in Georgia', countryCode: 'GE' },
        permissions: ['workplan:read', 'activity:write', 'agenda:write', 'audit:read', 'crosswalk:write', 'readiness:write'],
      },
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^ct_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(await getSessionUser(readSessionCookie(setCookie))).toMatchObject({ email: 'iom.cochair@compact-tracker.example' });
  });

  it('keeps only the SHA-256 of the token: the database holds no usable cookie', async () => {
    const cookie = await signIn(harness.app, 'expert');
    const token = cookie.split('=')[1] as string;
    const rows: { id: string }[] = await harness.dataSource.query('SELECT id FROM session WHERE id = $1', [createHash('sha256').update(token).digest('hex')]);
    expect(rows).toHaveLength(1);
    expect(await harness.dataSource.query('SELECT 1 FROM session WHERE id = $1', [token])).toEqual([]);
  });

  it('marks the cookie Secure over HTTPS behind a trusted proxy, or when COOKIE_SECURE=true', async () => {
    const behindProxy = await startWritableTestApp('compact_tracker_sessions_tls', { security: { ...defaultSecurityConfig, trustProxy: true } });
    try {
      const response = await request(behindProxy.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { ...changeHeaders, 'x-forwarded-proto': 'https' },
        payload: { email: testAccountEmails.viewer, password: demoAccountPassword },
      });
      expect(String(response.headers['set-cookie'])).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
    } finally {
      await behindProxy.close();
    }
    const setCookie = vi.fn();
    const plainHttp = { protocol: 'http' } as FastifyRequest;
    new SessionCookies({ ...defaultSecurityConfig, cookieSecure: true }).set(plainHttp, { setCookie } as unknown as FastifyReply, 'token');
    expect(setCookie).toHaveBeenCalledWith('ct_session', 'token', { httpOnly: true, sameSite: 'strict', path: '/', secure: true });
  });

  it('answers user null to anonymous visitors and to an unknown or malformed cookie', async () => {
    expect((await getSession()).body).toEqual({ user: null });
    expect(await getSessionUser('ct_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(await getSessionUser('ct_session=not a token; other=1')).toBeNull();
    expect(await readUsers('ct_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
  });

  it('gives a new session id at every sign-in and ends the session sent along (fixation)', async () => {
    const first = await signIn(harness.app, 'admin');
    const response = await signInRaw({ email: testAccountEmails.admin, password: demoAccountPassword }, { cookie: first });
    expect(response.status).toBe(200);
    const second = readSessionCookie(response.headers['set-cookie'] as string);
    expect(second).not.toBe(first);
    expect(await getSessionUser(first)).toBeNull();
    expect(await readUsers(first)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    expect((await readUsers(second)).status).toBe(200);
  });

  it('signs out: 204, the cookie cleared, and the session dead on the server even if the cookie is replayed', async () => {
    const cookie = await signIn(harness.app, 'admin');
    const response = await request(harness.app, { method: 'POST', url: '/api/auth/sign-out', headers: asUser(cookie) });
    expect(response.status).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/^ct_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect(await getSessionUser(cookie)).toBeNull();
    expect(await readUsers(cookie)).toMatchObject({ status: 401 });
    const token = cookie.split('=')[1] as string;
    const [row] = await harness.dataSource.query('SELECT revoked_at FROM session WHERE id = $1', [createHash('sha256').update(token).digest('hex')]);
    expect(row.revoked_at).toBeInstanceOf(Date);
    // Signing out without a session is no error.
    expect((await request(harness.app, { method: 'POST', url: '/api/auth/sign-out', headers: changeHeaders })).status).toBe(204);
  });

  it('expires after 30 idle minutes; activity moves the expiry on, written at most once a minute', async () => {
    const start = Date.now();
    moveClock(start, 0);
    const cookie = await signIn(harness.app, 'scmi_reviewer');
    const sessionId = createHash('sha256').update(cookie.split('=')[1] as string).digest('hex');
    const lastSeen = async () => ((await harness.dataSource.query('SELECT last_seen_at FROM session WHERE id = $1', [sessionId]))[0].last_seen_at as Date).getTime();

    moveClock(start, 30_000);
    expect(await getSessionUser(cookie)).not.toBeNull();
    expect(await lastSeen()).toBe(start);

    moveClock(start, 29 * minute);
    expect(await getSessionUser(cookie)).not.toBeNull();
    expect(await lastSeen()).toBe(start + 29 * minute);

    // 58 minutes after sign-in, 29 after the last request: still alive.
    moveClock(start, 58 * minute);
    expect(await getSessionUser(cookie)).not.toBeNull();

    moveClock(start, 58 * minute + 30 * minute + 1);
    expect(await getSessionUser(cookie)).toBeNull();
  });

  it('expires 12 hours after sign-in however active it is', async () => {
    const start = Date.now();
    moveClock(start, 0);
    const cookie = await signIn(harness.app, 'viewer');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      moveClock(start, minutes * minute);
      expect(await getSessionUser(cookie), `after ${minutes} minutes`).not.toBeNull();
    }
    moveClock(start, 12 * 60 * minute);
    expect(await getSessionUser(cookie)).toBeNull();
  });

  it('ends a session whose timestamps say so, whatever the clock of this process', async () => {
    const cookie = await signIn(harness.app, 'expert');
    const sessionId = createHash('sha256').update(cookie.split('=')[1] as string).digest('hex');
    await harness.dataSource.query("UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1", [sessionId]);
    expect(await getSessionUser(cookie)).toBeNull();
  });

  it('answers the same 401 for an unknown email, a wrong password and a deactivated account, checking a hash each time', async () => {
    const verify = vi.spyOn(harness.app.get(PasswordHasher), 'verify');
    const expected = { status: 401, body: { code: 'invalid_credentials', message: 'The email or password is not right' } };
    const unknown = await signInRaw({ email: 'nobody@compact-tracker.example', password: demoAccountPassword });
    expect({ status: unknown.status, body: unknown.body }).toEqual(expected);
    expect(verify).toHaveBeenLastCalledWith(undefined, demoAccountPassword);

    const wrong = await signInRaw({ email: testAccountEmails.rco_co_chair, password: 'not the password' });
    expect({ status: wrong.status, body: wrong.body }).toEqual(expected);

    const rcoId = await findUserId(harness.dataSource, testAccountEmails.rco_co_chair);
    await harness.dataSource.query('UPDATE user_account SET is_active = false WHERE id = $1', [rcoId]);
    const deactivated = await signInRaw({ email: testAccountEmails.rco_co_chair, password: demoAccountPassword });
    expect({ status: deactivated.status, body: deactivated.body }).toEqual(expected);
    expect(deactivated.headers['set-cookie']).toBeUndefined();
    expect(verify).toHaveBeenCalledTimes(3);
    await harness.dataSource.query('UPDATE user_account SET is_active = true WHERE id = $1', [rcoId]);
  });

  it('refuses a sign-in without email or password, naming the fields, and checks nothing', async () => {
    const verify = vi.spyOn(harness.app.get(PasswordHasher), 'verify');
    expect(await signInRaw({ email: 'not-an-email', password: '' })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'email', message: 'must be an email address' }, { path: 'password', message: 'is required' }] },
    });
    expect(verify).not.toHaveBeenCalled();
  });

  it('lets a signed-in user change their own password: the current one checked, other sessions ended, this one kept, audited', async () => {
    const here = await signIn(harness.app, 'co_chair');
    const elsewhere = await signIn(harness.app, 'co_chair');
    const change = (payload: Record<string, string>) => request(harness.app, { method: 'POST', url: '/api/auth/password', headers: asUser(here), payload });

    expect(await change({ currentPassword: 'not it at all', newPassword: 'a new passphrase' })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'The current password is not right', fields: [{ path: 'currentPassword', message: 'is not right' }] },
    });
    expect(await change({ currentPassword: demoAccountPassword, newPassword: 'short' })).toMatchObject({ status: 400, body: { fields: [{ path: 'newPassword' }] } });
    expect((await change({ currentPassword: demoAccountPassword, newPassword: 'a new passphrase' })).status).toBe(204);

    expect(await getSessionUser(here)).toMatchObject({ email: testAccountEmails.co_chair });
    expect(await getSessionUser(elsewhere)).toBeNull();
    expect((await signInRaw({ email: testAccountEmails.co_chair, password: demoAccountPassword })).status).toBe(401);
    await signIn(harness.app, { email: testAccountEmails.co_chair, password: 'a new passphrase' });
    const userId = await findUserId(harness.dataSource, testAccountEmails.co_chair);
    const [entry] = await harness.dataSource.query("SELECT actor_user_id, note, after::text AS after FROM audit_entry WHERE entity_id = $1 AND action = 'update'", [userId]);
    expect(entry).toMatchObject({ actor_user_id: userId, note: 'Changed their password; their other sessions were ended' });
    expect(entry.after).not.toMatch(/argon2|passphrase|password/i);
    expect(await request(harness.app, { method: 'POST', url: '/api/auth/password', headers: changeHeaders, payload: { currentPassword: 'x', newPassword: 'a new passphrase' } })).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
    });
  });
});
