import { expect, type Page, test } from '@playwright/test';
import { demoAccounts, signInThroughUi } from '../support/accounts.js';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility.js';

const title = 'Follow-up meeting with SCMI on the GCM baseline';

test('a co-chair adds an activity with an undecided month, moves it to in progress with a note, and finds both in its history', async ({ page }) => {
  await page.goto('/');
  await signInThroughUi(page, demoAccounts.iomCoChair);

  await page.getByRole('button', { name: 'Add activity' }).click();
  const form = page.getByRole('form', { name: 'New activity' });
  await form.getByRole('button', { name: 'Create activity' }).click();
  await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Choose one of the options.')).toBeVisible();

  await form.getByLabel('Kind').selectOption({ label: 'Meeting' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Purpose').fill('Agree who reports on which GCM objective before the IMRF.');
  await form.getByLabel('A choice of months, not decided yet').check();
  await form.getByLabel('Month 1').fill('2021-09');
  await form.getByLabel('Month 2').fill('2021-10');
  await form.getByRole('group', { name: 'Lead organisations' }).getByLabel(/International Organization for Migration/).check();
  await expectNoSeriousAccessibilityViolations(page);
  await form.getByRole('button', { name: 'Create activity' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The activity is created.' })).toBeVisible();
  await expect(page.getByText('September/October 2021', { exact: true })).toBeVisible();
  await expect(page.getByText('Planned', { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Change status', exact: true }).click();
  const statusForm = page.getByRole('form', { name: 'Change status' });
  await statusForm.getByLabel('In progress').check();
  await statusForm.getByLabel('Note').fill('Date poll sent to SCMI members');
  await statusForm.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByText('The status is now “In progress”.')).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  const entries = history.getByRole('listitem').filter({ has: page.locator('.history__head') });
  await expect(entries).toHaveCount(2);
  const change = entries.first();
  await expect(change).toContainText('Changed');
  await expect(change).toContainText('by Demo Co-chair (IOM) · Co-chair');
  await expect(change).toContainText('Status');
  await expect(change).toContainText('Planned');
  await expect(change).toContainText('In progress');
  await expect(change).toContainText('Note: Date poll sent to SCMI members');
  await expect(entries.last()).toContainText('Created');
  await expect(entries.last()).toContainText(title);

  await page.getByRole('button', { name: 'ქართული' }).click();
  await expect(page.getByRole('region', { name: 'ისტორია' })).toContainText('სტატუსი');
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('link', { name: 'Back to the workplan' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: title })).toBeVisible();
});
