import { expect, test, type Browser } from '@playwright/test';
import { csrfHeaders, demoAccounts, signInThroughApi, type DemoAccount } from '../support/accounts.js';

const signedInPage = async (browser: Browser, account: DemoAccount) => {
  const context = await browser.newContext();
  await signInThroughApi(context.request, account);
  return { context, page: await context.newPage() };
};

test('two co-chairs edit the same activity: the second save is refused, and nothing is lost after loading the latest version', async ({ browser }) => {
  const iom = await signedInPage(browser, demoAccounts.iomCoChair);
  const rco = await signedInPage(browser, demoAccounts.rcoCoChair);

  // One activity of its own, created through the API as a co-chair, so this journey does not depend on another.
  const [workplan] = (await (await iom.context.request.get('/api/workplans')).json()) as { id: string }[];
  const created = await iom.context.request.post(`/api/workplans/${workplan?.id}/activities`, {
    headers: { ...csrfHeaders, 'Idempotency-Key': `version-race-${Date.now()}` },
    data: { kind: 'consultation', title: 'Consultation on the GCM voluntary review', purpose: 'First draft', dateSpan: { precision: 'month-range', fromMonth: '2021-10', toMonth: '2021-11' } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  for (const { page } of [iom, rco]) {
    await page.goto(`/activities/${id}`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('form', { name: 'Edit activity' })).toBeVisible();
  }

  const iomForm = iom.page.getByRole('form', { name: 'Edit activity' });
  await iomForm.getByLabel('Title').fill('Consultation on the GCM voluntary review (with CSOs)');
  await iomForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(iom.page.getByText('Your changes are saved.')).toBeVisible();

  const rcoForm = rco.page.getByRole('form', { name: 'Edit activity' });
  const rcoPurpose = 'Collect CSO input on objectives 1, 3 and 7 before the review';
  await rcoForm.getByLabel('Purpose').fill(rcoPurpose);
  await rcoForm.getByRole('button', { name: 'Save changes' }).click();

  const conflict = rcoForm.getByRole('alert');
  await expect(conflict).toContainText(
    'Someone else changed this activity while you were editing. Your changes are still in the form: reload the latest version and apply them again.',
  );
  await expect(rcoForm.getByLabel('Purpose')).toHaveValue(rcoPurpose);
  await expect(rcoForm.getByLabel('Title')).toHaveValue('Consultation on the GCM voluntary review');

  await conflict.getByRole('button', { name: 'Load latest version' }).click();
  await expect(rcoForm.getByRole('status')).toContainText('The latest version (version 2) is loaded.');
  await expect(rcoForm.getByLabel('Title')).toHaveValue('Consultation on the GCM voluntary review (with CSOs)');
  await expect(rcoForm.getByLabel('Purpose')).toHaveValue(rcoPurpose);
  await expect(rco.page.getByRole('heading', { level: 1 })).toHaveText('Consultation on the GCM voluntary review (with CSOs)');

  await rcoForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(rco.page.getByText('Your changes are saved.')).toBeVisible();
  await expect(rco.page.getByRole('region', { name: 'Purpose' })).toContainText(rcoPurpose);

  await iom.page.reload();
  await expect(iom.page.getByRole('heading', { level: 1 })).toHaveText('Consultation on the GCM voluntary review (with CSOs)');
  await expect(iom.page.getByRole('region', { name: 'Purpose' })).toContainText(rcoPurpose);
  const history = iom.page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('by Demo Co-chair (RCO) · Co-chair');
  await expect(history).toContainText('by Demo Co-chair (IOM) · Co-chair');

  await iom.context.close();
  await rco.context.close();
});
