import { expect, type Page, test } from '@playwright/test';
import { demoAccounts, signInThroughUi, type DemoAccount } from '../support/accounts.js';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility.js';

const webinarTitle =
  'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation';

type Allowed = { addActivity: boolean; editActivity: boolean; history: boolean; users: boolean };

const roles: { account: DemoAccount; allowed: Allowed }[] = [
  { account: demoAccounts.iomCoChair, allowed: { addActivity: true, editActivity: true, history: true, users: false } },
  { account: demoAccounts.rcoCoChair, allowed: { addActivity: true, editActivity: true, history: true, users: false } },
  { account: demoAccounts.admin, allowed: { addActivity: false, editActivity: false, history: true, users: true } },
  { account: demoAccounts.expert, allowed: { addActivity: false, editActivity: false, history: true, users: false } },
  { account: demoAccounts.scmiReviewer, allowed: { addActivity: false, editActivity: false, history: true, users: false } },
  { account: demoAccounts.viewer, allowed: { addActivity: false, editActivity: false, history: false, users: false } },
];

const nobody: Allowed = { addActivity: false, editActivity: false, history: false, users: false };

const expectCount = async (locator: ReturnType<Page['getByRole']>, isShown: boolean) => {
  if (isShown) await expect(locator).toBeVisible();
  else await expect(locator).toHaveCount(0);
};

/** Checks the workplan and the webinar's page offer exactly what `allowed` says, and nothing more. */
const expectOffered = async (page: Page, allowed: Allowed) => {
  await page.getByRole('banner').getByRole('link', { name: /Compact Tracker/ }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('link', { name: webinarTitle })).toBeVisible();
  await expectCount(page.getByRole('button', { name: 'Add activity' }), allowed.addActivity);
  await expectCount(page.getByRole('banner').getByRole('link', { name: 'Users', exact: true }), allowed.users);

  await timeline.getByRole('link', { name: webinarTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: webinarTitle })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Agenda' })).toBeVisible();
  for (const name of ['Edit', 'Change status', 'Delete']) {
    await expectCount(page.getByRole('button', { name, exact: true }), allowed.editActivity);
  }
  const history = page.getByRole('region', { name: 'History' });
  await expectCount(history, allowed.history);
};

test('an anonymous visitor reads the workplan but is offered no controls, only a way to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectOffered(page, nobody);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
});

for (const { account, allowed } of roles) {
  test(`${account.role} ${account.email} signs in and sees only what the role may do`, async ({ page }) => {
    await page.goto('/');
    await signInThroughUi(page, account);
    const banner = page.getByRole('banner');
    await expect(banner.getByText(account.name, { exact: true })).toBeVisible();
    await expect(banner.getByText(account.role, { exact: true })).toBeVisible();

    await expectOffered(page, allowed);

    await page.goto('/admin/users');
    if (allowed.users) {
      const users = page.getByRole('table', { name: /^Users of / });
      for (const other of Object.values(demoAccounts)) await expect(users.getByRole('rowheader', { name: new RegExp(other.email) })).toBeVisible();
      await expectNoSeriousAccessibilityViolations(page);
    } else {
      await expect(page.getByRole('alert')).toContainText('Only an administrator can manage users');
    }

    await banner.getByRole('button', { name: 'Sign out' }).click();
    await expect(banner.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(banner.getByText(account.name)).toHaveCount(0);
  });
}

test('a wrong password is refused with a clear message, in English and Georgian', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(demoAccounts.viewer.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or the password is not right.');
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'ქართული' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'შესვლა' })).toBeVisible();
  await expect(page.getByLabel('ელფოსტა')).toHaveValue(demoAccounts.viewer.email);
});
