import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The demo accounts the app seeds outside production (the issue 3 contract), all with one printed password. */
export const demoPassword = 'georgia-2021-demo';

export type DemoAccount = { email: string; name: string; role: string };

export const demoAccounts = {
  admin: { email: 'admin@compact-tracker.example', name: 'Demo Admin', role: 'Admin' },
  iomCoChair: { email: 'iom.cochair@compact-tracker.example', name: 'Demo Co-chair (IOM)', role: 'Co-chair' },
  rcoCoChair: { email: 'rco.cochair@compact-tracker.example', name: 'Demo Co-chair (RCO)', role: 'Co-chair' },
  expert: { email: 'expert@compact-tracker.example', name: 'Demo Expert', role: 'Expert' },
  scmiReviewer: { email: 'scmi@compact-tracker.example', name: 'Demo SCMI Reviewer', role: 'SCMI reviewer' },
  viewer: { email: 'viewer@compact-tracker.example', name: 'Demo Viewer', role: 'Viewer' },
} satisfies Record<string, DemoAccount>;

/** Writes need this header (the API's defence against cross-site requests). */
export const csrfHeaders = { 'X-Requested-With': 'compact-tracker' };

export const signInThroughUi = async (page: Page, account: DemoAccount) => {
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(account.name);
};

/** Signs a context's request client (and so its pages, which share the cookies) in, without the form. */
export const signInThroughApi = async (request: APIRequestContext, account: DemoAccount) => {
  const response = await request.post('/api/auth/sign-in', { headers: csrfHeaders, data: { email: account.email, password: demoPassword } });
  expect(response.status()).toBe(200);
};
