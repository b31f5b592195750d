import { demoAccountPassword, demoAccounts, type Role } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expect } from 'vitest';
import { sessionCookieName } from '../../src/accounts/session-cookies.js';

/** The demo account each test signs in as, by role; `rco_co_chair` is the second co-chair. */
export type TestAccount = Role | 'rco_co_chair';

export const testAccountEmails: Record<TestAccount, string> = {
  admin: 'admin@compact-tracker.example',
  co_chair: 'iom.cochair@compact-tracker.example',
  rco_co_chair: 'rco.cochair@compact-tracker.example',
  expert: 'expert@compact-tracker.example',
  scmi_reviewer: 'scmi@compact-tracker.example',
  viewer: 'viewer@compact-tracker.example',
};

/** What every change must carry (CSRF defence). */
export const changeHeaders = { 'x-requested-with': 'compact-tracker' } as const;

/** The `ct_session=<token>` pair from a Set-Cookie header, ready to send back as `cookie`. */
export const readSessionCookie = (setCookie: string | string[] | undefined): string => {
  const cookies = [setCookie ?? []].flat();
  const session = cookies.find((cookie) => cookie.startsWith(`${sessionCookieName}=`));
  if (!session) throw new Error(`No ${sessionCookieName} cookie in ${JSON.stringify(setCookie)}`);
  return session.split(';')[0] as string;
};

/** Signs in as the demo account of `account` (or any email and password) and answers the session cookie. */
export const signIn = async (
  app: NestFastifyApplication,
  account: TestAccount | { email: string; password: string },
  options: { remoteAddress?: string } = {},
): Promise<string> => {
  const credentials = typeof account === 'string' ? { email: testAccountEmails[account], password: demoAccountPassword } : account;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: changeHeaders,
    payload: credentials,
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  expect(response.statusCode, response.body).toBe(200);
  return readSessionCookie(response.headers['set-cookie']);
};

/** Headers of a signed-in change: the session cookie and the CSRF header. */
export const asUser = (cookie: string, extra: Record<string, string> = {}) => ({ cookie, ...changeHeaders, ...extra });

export { demoAccounts };
