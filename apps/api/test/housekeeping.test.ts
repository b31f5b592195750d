import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toSessionId } from '../src/accounts/sessions.service.js';
import { Clock } from '../src/common/clock.js';
import { HousekeepingService } from '../src/housekeeping/housekeeping.service.js';
import { asUser, changeHeaders, signIn } from './support/accounts.js';
import { findSeededIds, request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

const minute = 60_000;

describe('housekeeping', () => {
  let harness: WritableTestApp;
  let housekeeping: HousekeepingService;
  let workplanId: string;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_housekeeping');
    housekeeping = harness.app.get(HousekeepingService);
    workplanId = (await findSeededIds(harness.app)).workplanId;
  });
  afterAll(() => harness.close());
  afterEach(() => vi.restoreAllMocks());

  const query = <Row>(sql: string, parameters: unknown[] = []): Promise<Row[]> => harness.dataSource.query(sql, parameters);
  const listIds = async (table: 'session' | 'sign_in_attempt' | 'idempotency_record') =>
    (await query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`)).map((row) => row.id);
  const toId = (cookie: string) => toSessionId(cookie.split('=')[1] as string);
  const getSessionUser = async (cookie: string) =>
    ((await request(harness.app, { method: 'GET', url: '/api/auth/session', headers: { cookie } })).body as { user: { email: string } | null }).user;

  /** A failed sign-in as `email` (an account that does not exist), answering the id of the attempt it recorded. */
  const failSignIn = async (email: string): Promise<string> => {
    const response = await request(harness.app, { method: 'POST', url: '/api/auth/sign-in', headers: changeHeaders, payload: { email, password: 'not the password' } });
    expect(response.status).toBe(401);
    return (await query<{ id: string }>('SELECT id FROM sign_in_attempt WHERE email = $1', [email]))[0]?.id as string;
  };
  const ageAttempt = (id: string, age: string) => query(`UPDATE sign_in_attempt SET attempted_at = now() - $2::interval WHERE id = $1`, [id, age]);

  const training = (title: string) => ({ kind: 'training', title, dateSpan: { precision: 'day', date: '2021-10-05' } });
  const createActivity = (cookie: string, key: string, title: string) =>
    request(harness.app, {
      method: 'POST',
      url: `/api/workplans/${workplanId}/activities`,
      headers: asUser(cookie, { 'idempotency-key': key }),
      payload: training(title),
    });
  const ageIdempotencyRecord = (key: string, age: string) => query(`UPDATE idempotency_record SET created_at = now() - $2::interval WHERE key = $1`, [key, age]);

  it('deletes exactly the ended sessions and the sign-in attempts and idempotency records older than 24 hours, logging one line', async () => {
    const live = await signIn(harness.app, 'admin');
    const creator = await signIn(harness.app, 'rco_co_chair');
    const nearIdleEnd = await signIn(harness.app, 'co_chair');
    const idle = await signIn(harness.app, 'expert');
    const pastLifetime = await signIn(harness.app, 'scmi_reviewer');
    const signedOut = await signIn(harness.app, 'viewer');
    expect((await request(harness.app, { method: 'POST', url: '/api/auth/sign-out', headers: asUser(signedOut) })).status).toBe(204);
    await query("UPDATE session SET expires_at = now() + interval '1 minute' WHERE id = $1", [toId(nearIdleEnd)]);
    await query("UPDATE session SET last_seen_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute' WHERE id = $1", [toId(idle)]);
    // The idle expiry never passes the absolute one (a CHECK), so both are past.
    await query(
      `UPDATE session SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() - interval '10 minutes',
         expires_at = now() - interval '1 minute', absolute_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [toId(pastLifetime)],
    );

    const weekOld = await failSignIn('week-old@attempts.example');
    const dayOld = await failSignIn('day-old@attempts.example');
    const almostDayOld = await failSignIn('almost-day-old@attempts.example');
    const recent = await failSignIn('recent@attempts.example');
    await ageAttempt(weekOld, '7 days');
    await ageAttempt(dayOld, '24 hours 1 minute');
    await ageAttempt(almostDayOld, '23 hours 59 minutes');

    const oldCreation = await createActivity(creator, 'housekeeping-old', 'Training, keyed a day ago');
    const recentCreation = await createActivity(creator, 'housekeeping-recent', 'Training, keyed today');
    expect([oldCreation.status, recentCreation.status]).toEqual([201, 201]);
    await ageIdempotencyRecord('housekeeping-old', '24 hours 1 minute');
    await ageIdempotencyRecord('housekeeping-recent', '23 hours 59 minutes');

    const before = { sessions: await listIds('session'), attempts: await listIds('sign_in_attempt'), records: await listIds('idempotency_record') };
    const endedSessions = [idle, pastLifetime, signedOut].map(toId);
    const oldRecord = (await query<{ id: string }>("SELECT id FROM idempotency_record WHERE key = 'housekeeping-old'"))[0]?.id;
    expect(before.sessions).toEqual(expect.arrayContaining([...endedSessions, toId(live), toId(creator), toId(nearIdleEnd)]));
    expect(before.attempts).toEqual(expect.arrayContaining([weekOld, dayOld, almostDayOld, recent]));
    expect(before.records).toHaveLength(2);

    const logged = vi.spyOn(Logger.prototype, 'log');
    expect(await housekeeping.run()).toEqual({ sessions: 3, signInAttempts: 2, idempotencyRecords: 1 });
    expect(await listIds('session')).toEqual(before.sessions.filter((id) => !endedSessions.includes(id)));
    expect(await listIds('sign_in_attempt')).toEqual(before.attempts.filter((id) => id !== weekOld && id !== dayOld));
    expect(await listIds('idempotency_record')).toEqual(before.records.filter((id) => id !== oldRecord));
    expect(logged.mock.calls).toEqual([['Deleted ended sessions: 3, sign-in attempts older than 24 h: 2, idempotency records older than 24 h: 1']]);

    // A second pass finds nothing and says nothing.
    expect(await housekeeping.run()).toEqual({ sessions: 0, signInAttempts: 0, idempotencyRecords: 0 });
    expect(logged).toHaveBeenCalledTimes(1);

    // What is left still works: the live sessions, and the key younger than a day still answers its first response.
    expect(await getSessionUser(live)).toMatchObject({ email: 'admin@compact-tracker.example' });
    expect(await getSessionUser(nearIdleEnd)).toMatchObject({ email: 'iom.cochair@compact-tracker.example' });
    expect(await getSessionUser(idle)).toBeNull();
    expect((await request(harness.app, { method: 'GET', url: '/api/users', headers: { cookie: live } })).status).toBe(200);
    const retry = await createActivity(creator, 'housekeeping-recent', 'Training, keyed today');
    expect({ status: retry.status, body: retry.body }).toEqual({ status: 201, body: recentCreation.body });
  });

  it('never overlaps passes: a run asked for while one is running answers that same pass', async () => {
    await ageAttempt(await failSignIn('overlap@attempts.example'), '2 days');
    const [first, second] = await Promise.all([housekeeping.run(), housekeeping.run()]);
    expect(second).toBe(first);
    expect(first).toEqual({ sessions: 0, signInAttempts: 1, idempotencyRecords: 0 });
    expect(await housekeeping.run()).toEqual({ sessions: 0, signInAttempts: 0, idempotencyRecords: 0 });
  });

  it("ends sessions by the app's clock, as signing in and reading the session do", async () => {
    const start = Date.now();
    const cookie = await signIn(harness.app, 'viewer');
    const moveClock = (offsetMs: number) => vi.spyOn(harness.app.get(Clock), 'now').mockImplementation(() => new Date(start + offsetMs));

    moveClock(29 * minute);
    await housekeeping.run();
    expect(await listIds('session')).toContain(toId(cookie));

    moveClock(30 * minute + 1000);
    expect(await getSessionUser(cookie)).toBeNull();
    await housekeeping.run();
    expect(await listIds('session')).not.toContain(toId(cookie));
  });

  it('is off at 0 minutes; a failed pass is logged, deletes nothing, crashes nothing, and the next pass deletes', async () => {
    const attempt = await failSignIn('database-error@attempts.example');
    await ageAttempt(attempt, '2 days');
    await housekeeping.start(0);
    expect(await listIds('sign_in_attempt')).toContain(attempt);

    const errors = vi.spyOn(Logger.prototype, 'error');
    await query('ALTER TABLE idempotency_record RENAME TO idempotency_record_away');
    try {
      await expect(housekeeping.start(60)).resolves.toBeUndefined();
    } finally {
      await query('ALTER TABLE idempotency_record_away RENAME TO idempotency_record');
    }
    expect(errors.mock.calls).toEqual([['Nothing deleted, trying again in 60 minutes: relation "idempotency_record" does not exist']]);
    expect(await listIds('sign_in_attempt')).toContain(attempt);

    expect(await housekeeping.run()).toMatchObject({ signInAttempts: 1 });
    expect(await listIds('sign_in_attempt')).not.toContain(attempt);
    expect((await request(harness.app, '/api/health')).body).toEqual({ status: 'ok', database: 'up' });
  });
});
