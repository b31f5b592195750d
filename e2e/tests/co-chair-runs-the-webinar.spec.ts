import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { demoAccounts, signInThroughUi } from '../support/accounts.js';

const webinarTitle = /Webinar for the State Commission on Migration Issues/;

/** The seeded webinar's page, found through the public API so the journey does not depend on the timeline's layout. */
const openWebinar = async (page: Page) => {
  const workplans = (await (await page.request.get('/api/workplans')).json()) as { id: string }[];
  const workplan = (await (await page.request.get(`/api/workplans/${workplans[0]?.id}`)).json()) as { activities: { id: string; kind: string; title: string }[] };
  const webinar = workplan.activities.find((activity) => activity.kind === 'webinar' && webinarTitle.test(activity.title));
  expect(webinar, 'the seeded webinar').toBeTruthy();
  await page.goto(`/activities/${webinar?.id}`);
  await expect(page.getByRole('heading', { level: 1, name: webinarTitle })).toBeVisible();
};

const readDownload = async (page: Page, click: () => Promise<void>): Promise<Buffer> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path());
};

test('a co-chair edits the webinar agenda, downloads its calendar and the workplan, records outcomes with an action point, and both co-chairs sign off', async ({ page }) => {
  await page.goto('/');
  await signInThroughUi(page, demoAccounts.iomCoChair);
  await openWebinar(page);

  await page.getByRole('button', { name: 'Edit agenda' }).click();
  const editor = page.getByRole('form', { name: 'Edit the agenda' });
  const check = editor.getByRole('region', { name: 'Timing check' });
  await expect(check).not.toContainText('overlap');
  const secondItem = editor.locator('[data-agenda-item="1"]');
  await secondItem.getByLabel('Start').fill('14:05');
  await expect(check).toContainText(/“Opening remarks” and “.+” overlap by 10 minutes/);
  await expect(secondItem).toContainText('overlap by 10 minutes');
  await secondItem.getByLabel('Start').fill('14:15');
  await expect(check).not.toContainText('overlap');
  await editor.getByRole('listitem', { name: 'Closing remarks' }).getByLabel('Title').fill('Closing remarks and next steps');
  await editor.getByRole('button', { name: 'Save agenda' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Agenda saved.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Agenda' })).toContainText('Closing remarks and next steps');

  const calendar = await readDownload(page, () => page.getByRole('link', { name: 'Add to calendar (.ics)' }).click());
  expect(calendar.toString('utf8')).toContain('DTSTART;TZID=Asia/Tbilisi');

  await page.getByRole('button', { name: 'Record outcomes' }).click();
  const outcomesForm = page.getByRole('form', { name: 'Outcomes and decisions' });
  await outcomesForm.getByLabel('Summary').fill('Members agreed to report on GCM objectives 1 and 23 before the IMRF.');
  await outcomesForm.getByLabel('Decisions').fill('Share the regional review timeline with the SCMI\nPrepare a joint contribution to the IMRF');
  await outcomesForm.getByRole('button', { name: 'Save outcomes' }).click();
  await expect(page.getByText('Draft: not signed off yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add action point' }).click();
  const actionPointForm = page.getByRole('form', { name: 'New action point' });
  await actionPointForm.getByLabel('Action point').fill('Send the IMRF contribution draft to SCMI members');
  await actionPointForm.getByLabel('Owner').selectOption({ label: 'International Organization for Migration' });
  await actionPointForm.getByLabel('Due').fill('2021-05-10');
  await actionPointForm.getByRole('button', { name: 'Add action point' }).click();
  const actionPoints = page.getByRole('region', { name: 'Action points' });
  await expect(actionPoints.getByRole('rowheader', { name: 'Send the IMRF contribution draft to SCMI members' })).toBeVisible();
  await expect(actionPoints.getByRole('row', { name: /Send the IMRF contribution draft/ })).toContainText('Overdue');

  await page.getByRole('button', { name: 'Sign off' }).click();
  await expect(page.getByText('Signed off by IOM; waiting for the other co-chair')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign off' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Back to the workplan' }).click();
  const downloads = page.getByRole('region', { name: 'Downloads' });
  await expect(downloads.getByRole('link', { name: 'Excel (.xlsx)', exact: true })).toHaveAttribute('href', /\/export\.xlsx\?lang=en$/);
  const workbook = await readDownload(page, () => downloads.getByRole('link', { name: 'Excel (.xlsx)', exact: true }).click());
  expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signInThroughUi(page, demoAccounts.rcoCoChair);
  await openWebinar(page);
  await expect(page.getByText('Signed off by IOM; waiting for the other co-chair')).toBeVisible();
  await page.getByRole('button', { name: 'Sign off' }).click();
  await expect(page.getByText('Signed off by both co-chairs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Return…' })).toHaveCount(0);
});
