import { expect, type Page, test } from '@playwright/test';
import { csrfHeaders, demoAccounts, signInThroughUi } from '../support/accounts.js';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility.js';

const meeting = 'Stock taking meeting with the RCO and UNCT';
const expert = 'International expert: linkages between the national Migration Strategy, GCM and the SDGs';
const workshop = 'United Nations Network on Migration and Georgian Civil Society Organizations’ Engagement in the Global Compact for Safe, Orderly and Regular Migration process';

const openActivity = async (page: Page, title: string) => {
  await page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
};

const backToWorkplan = async (page: Page) => {
  await page.getByRole('link', { name: 'Back to the workplan' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
};

/** Seeds an action point the way the activity page would, when no earlier journey left one. */
const ensureActionPoint = async (page: Page) => {
  const [workplan] = (await (await page.request.get('/api/workplans')).json()) as { id: string }[];
  const existing = (await (await page.request.get(`/api/workplans/${workplan?.id}/action-points`)).json()) as unknown[];
  if (existing.length > 0) return;
  const detail = (await (await page.request.get(`/api/workplans/${workplan?.id}`)).json()) as { activities: { id: string; title: string }[] };
  const organisations = (await (await page.request.get('/api/organisations')).json()) as { id: string; shortName: string | null }[];
  const source = detail.activities.find((activity) => activity.title === workshop);
  const feeds = detail.activities.find((activity) => activity.title === meeting);
  const owner = organisations.find((organisation) => organisation.shortName === 'IOM');
  const response = await page.request.post(`/api/activities/${source?.id}/action-points`, {
    headers: { ...csrfHeaders, 'Idempotency-Key': crypto.randomUUID() },
    data: { title: 'Share the mapping of CSOs with the Network', ownerOrganisationId: owner?.id, dueDate: '2021-05-15', feedsActivityId: feeds?.id },
  });
  expect(response.status()).toBe(201);
};

test('a co-chair freezes a baseline, reschedules one activity and moves another on, sees both against the baseline, then follows up the action points', async ({ page }) => {
  await page.goto('/');
  await signInThroughUi(page, demoAccounts.iomCoChair);

  const plan = page.getByRole('region', { name: 'Plan vs baseline' });
  await plan.getByRole('button', { name: 'Freeze current plan as baseline' }).click();
  await plan.getByRole('textbox', { name: 'Baseline name' }).fill('Plan as of April');
  await plan.getByRole('button', { name: 'Freeze baseline' }).click();
  await expect(plan.getByRole('status')).toHaveText('Baseline “Plan as of April” is frozen.');

  await openActivity(page, meeting);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('form', { name: 'Edit activity' });
  await edit.getByLabel('An exact day').check();
  await edit.getByLabel('Date', { exact: true }).fill('2021-07-08');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await backToWorkplan(page);

  await openActivity(page, expert);
  await page.getByRole('button', { name: 'Change status', exact: true }).click();
  const statusForm = page.getByRole('form', { name: 'Change status' });
  await statusForm.getByLabel('In progress').check();
  await statusForm.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByText('The status is now “In progress”.')).toBeVisible();
  await backToWorkplan(page);

  const picker = plan.getByLabel('Compare with baseline');
  const baselineId = await picker.locator('option', { hasText: 'Plan as of April' }).getAttribute('value');
  await picker.selectOption(baselineId ?? '');
  await expect(page).toHaveURL(new RegExp(`[?&]baseline=${baselineId}`));

  const changes = plan.getByRole('region', { name: 'Changes since Plan as of April' });
  const moved = changes.getByRole('region', { name: /^Moved/ });
  await expect(moved.getByRole('listitem').filter({ hasText: meeting })).toContainText('June/July 2021');
  await expect(moved.getByRole('listitem').filter({ hasText: meeting })).toContainText('Thursday, 8 July 2021');
  const statusChanged = changes.getByRole('region', { name: /^Status changed/ });
  await expect(statusChanged.getByRole('listitem').filter({ hasText: expert })).toContainText(/Planned\s*→.*In progress/);
  await expect(changes.getByRole('region', { name: /^Added|^Dropped/ })).toHaveCount(0);

  const meetingRow = page.getByRole('grid', { name: /^Timeline of/ }).getByRole('row').filter({ has: page.getByRole('link', { name: meeting }) });
  await expect(meetingRow.getByRole('img', { name: /In Plan as of April: June\/July 2021/ })).toBeAttached();
  await expectNoSeriousAccessibilityViolations(page);

  await ensureActionPoint(page);
  await page.reload();
  await expect(page.getByRole('grid', { name: /^Timeline of/ }).getByRole('row', { name: /^Milestones/ })).toContainText('Action point due');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  const table = page.getByRole('table');
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText('Overdue');
  await expect(first.getByRole('combobox', { name: /^Status of/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Action points, Excel (.xlsx)' })).toHaveAttribute('href', /\/action-points\/export\.xlsx\?lang=en$/);
  await expectNoSeriousAccessibilityViolations(page);

  await first.getByRole('combobox', { name: /^Status of/ }).selectOption({ label: 'In progress' });
  await expect(page.getByRole('status').filter({ hasText: /is now In progress\./ })).toBeVisible();
});
