import { demoAccountPassword } from '@compact-tracker/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInLimits } from '../src/accounts/sign-in-throttle.js';
import { Clock } from '../src/common/clock.js';
import { changeHeaders, testAccountEmails } from './support/accounts.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

const second = 1000;
const windowMs = signInLimits.windowMinutes * 60 * second;

describe('sign-in throttling', () => {
  let harness: WritableTestApp;
  let start: number;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_throttling');
  });
  afterAll(() => harness.close());
  afterEach(() => vi.restoreAllMocks());

  const at = (offsetMs: number) => vi.spyOn(harness.app.get(Clock), 'now').mockImplementation(() => new Date(start + offsetMs));
  const attempt = (email: string, password: string, remoteAddress: string) =>
    request(harness.app, { method: 'POST', url: '/api/auth/sign-in', headers: changeHeaders, payload: { email, password }, remoteAddress });
  const outcomes = async (email: string) =>
    ((await harness.dataSource.query('SELECT outcome FROM sign_in_attempt WHERE email = $1 ORDER BY attempted_at', [email])) as { outcome: string }[]).map(
      (row) => row.outcome,
    );

  it('refuses an account after 5 failures in 15 minutes with 429 and Retry-After, even with the right password, and from another address', async () => {
    start = Date.now();
    const email = testAccountEmails.expert;
    for (let index = 0; index < signInLimits.perEmail; index += 1) {
      at(index * second);
      expect((await attempt(email, `wrong password ${index}`, '10.0.0.1')).status).toBe(401);
    }
    at(10 * second);
    const refused = await attempt(email, demoAccountPassword, '10.0.0.2');
    expect(refused).toMatchObject({
      status: 429,
      body: { code: 'too_many_attempts', message: 'Too many failed sign-in attempts; wait and try again' },
      headers: { 'retry-after': String((windowMs - 10 * second) / second) },
    });
    expect(refused.headers['set-cookie']).toBeUndefined();
    // The oldest failure leaves the window at 15 minutes: from then on the right password works again.
    at(windowMs - 1);
    expect((await attempt(email, demoAccountPassword, '10.0.0.2')).status).toBe(429);
    at(windowMs + 1);
    expect((await attempt(email, demoAccountPassword, '10.0.0.2')).status).toBe(200);
    expect(await outcomes(email)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'throttled', 'throttled', 'succeeded']);
  });

  it('keeps counting failures across a successful sign-in: success erases no evidence', async () => {
    start = Date.now() + 2 * windowMs;
    const email = testAccountEmails.scmi_reviewer;
    for (let index = 0; index < 4; index += 1) {
      at(index * second);
      expect((await attempt(email, 'wrong password', '10.0.1.1')).status).toBe(401);
    }
    at(5 * second);
    expect((await attempt(email, demoAccountPassword, '10.0.1.1')).status).toBe(200);
    at(6 * second);
    expect((await attempt(email, 'wrong password', '10.0.1.1')).status).toBe(401);
    at(7 * second);
    expect((await attempt(email, demoAccountPassword, '10.0.1.1')).status).toBe(429);
  });

  it('refuses a client address after 20 failures in 15 minutes, whatever the emails, and not other addresses', async () => {
    start = Date.now() + 4 * windowMs;
    at(0);
    for (let index = 0; index < signInLimits.perIp; index += 1) {
      expect((await attempt(`guess-${index}@compact-tracker.example`, 'wrong password', '10.0.2.1')).status).toBe(401);
    }
    expect(await attempt(testAccountEmails.viewer, demoAccountPassword, '10.0.2.1')).toMatchObject({
      status: 429,
      body: { code: 'too_many_attempts' },
      headers: { 'retry-after': String(windowMs / second) },
    });
    expect((await attempt(testAccountEmails.viewer, demoAccountPassword, '10.0.2.2')).status).toBe(200);
  });

  it('lets no more than 5 concurrent guesses at one account be checked', async () => {
    start = Date.now() + 6 * windowMs;
    at(0);
    const email = testAccountEmails.rco_co_chair;
    const responses = await Promise.all(Array.from({ length: 12 }, (_, index) => attempt(email, `guess ${index}`, `10.0.3.${index}`)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    const checked = (await outcomes(email)).filter((outcome) => outcome === 'failed');
    expect(checked.length).toBeLessThanOrEqual(signInLimits.perEmail);
    expect(statuses.filter((status) => status === 401)).toHaveLength(checked.length);
  });
});
