import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility.js';
import { demoAccounts, signInThroughUi, type DemoAccount } from '../support/accounts.js';

/** The seven criteria every review of the Georgia network starts with. */
const criteria = {
  consultation: 'Whole-of-society consultation held',
  briefing: 'SCMI briefed on the GCM review process',
  linkages: 'Strategy–GCM–SDG linkages documented',
  baselines: 'Indicator baselines established',
  stockTaking: 'Stock-taking held and second-half workplan adopted',
  regionalReview: 'Regional review participation recorded',
  voluntaryReview: 'Voluntary GCM review report drafted',
};

const returnReason = 'The regional review of November 2020 is not backed by any document yet: attach the UNECE statement.';
const answer = 'Linked the UNECE regional review statement; SCMI’s delegation list follows next week.';

const criteriaTable = (page: Page) => page.getByRole('table', { name: 'Criteria with their status, owner, due date, evidence and review' });
const criterionRow = (page: Page, title: string) => criteriaTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });

const openReadiness = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Readiness' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Readiness for the IMRF' })).toBeVisible();
};

const switchAccount = async (page: Page, account: DemoAccount) => {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signInThroughUi(page, account);
};

test('an SCMI reviewer reviews readiness for the IMRF, returns a criterion, downloads the report; a co-chair answers; the reviewer signs off', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await signInThroughUi(page, demoAccounts.scmiReviewer);
  await openReadiness(page);

  // The countdown runs from the as-of day, which the URL keeps.
  await expect(page.getByText(/The IMRF \(17–20 May 2022\) has taken place|\d+ days? to the IMRF \(17–20 May 2022\)/)).toBeVisible();
  await page.getByLabel('Show readiness as of').fill('2022-03-01');
  await expect(page).toHaveURL(/\/readiness\?asOf=2022-03-01$/);
  await expect(page.getByText('77 days to the IMRF (17–20 May 2022)')).toBeVisible();
  await expect(page.getByText(/Showing readiness as of 1 March 2022/)).toBeVisible();
  // The seeded records have no history before the app was installed: they are shown as first recorded, and it says so.
  await expect(page.getByText(/^The history of these records begins on \d{1,2} [A-Z][a-z]+ \d{4}; for earlier days they are shown as first recorded\.$/)).toBeVisible();
  await expect(criterionRow(page, criteria.consultation).locator('[data-status="met"]')).toBeVisible();
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page).toHaveURL(/\/readiness$/);
  await expect(criterionRow(page, criteria.briefing)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // Drill into a red criterion: the webinar is still planned, so SCMI is not briefed.
  const briefing = criterionRow(page, criteria.briefing);
  await expect(briefing).toContainText('Not met');
  await expect(briefing.locator('[data-status="not_met"]')).toBeVisible();
  await briefing.getByRole('link', { name: criteria.briefing }).click();
  await expect(page.getByRole('heading', { level: 1, name: criteria.briefing })).toBeVisible();
  await page.getByRole('textbox', { name: 'Comment' }).fill('The webinar took place on 22 April 2021: please mark it done so this criterion follows.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Comment added.' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Comments and review steps/ })).toContainText('please mark it done');
  await expectNoSeriousAccessibilityViolations(page);

  // Return one criterion: refused without a reason, accepted with one.
  await page.getByRole('link', { name: 'Back to readiness' }).click();
  await criterionRow(page, criteria.regionalReview).getByRole('link', { name: criteria.regionalReview }).click();
  await expect(page.getByRole('heading', { level: 1, name: criteria.regionalReview })).toBeVisible();
  await page.getByRole('button', { name: 'Return…' }).click();
  const returnForm = page.getByRole('form', { name: 'Return to the co-chairs' });
  await returnForm.getByRole('button', { name: 'Return with this reason' }).click();
  await expect(returnForm.getByText('A return needs a reason.')).toBeVisible();
  await returnForm.getByLabel(/Reason/).fill(returnReason);
  await returnForm.getByRole('button', { name: 'Return with this reason' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Criterion returned to the co-chairs.' })).toBeVisible();
  await expect(page.getByText(`Returned: ${returnReason}`)).toBeVisible();

  // Accept the rest from the list; sign-off stays refused while one is returned.
  await page.getByRole('link', { name: 'Back to readiness' }).click();
  for (const title of Object.values(criteria).filter((candidate) => candidate !== criteria.regionalReview)) {
    await criterionRow(page, title).getByRole('button', { name: `Accept “${title}”` }).click();
    await expect(page.getByRole('status').filter({ hasText: `“${title}” accepted.` })).toBeVisible();
    await expect(criterionRow(page, title)).toContainText('Accepted');
  }
  const signOffPanel = page.getByRole('region', { name: 'Sign-off' });
  await expect(signOffPanel.getByRole('button', { name: 'Sign off the review' })).toBeDisabled();
  await expect(signOffPanel).toContainText('Cannot be signed off while 1 criterion is returned:');
  await expect(signOffPanel.getByRole('listitem')).toHaveText([criteria.regionalReview]);

  // The report, as a PDF file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download report (PDF)', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^readiness-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.length).toBeLessThan(2_000_000);

  // A co-chair answers the return.
  await switchAccount(page, demoAccounts.iomCoChair);
  await openReadiness(page);
  await expect(criterionRow(page, criteria.regionalReview)).toContainText('Returned');
  await criterionRow(page, criteria.regionalReview).getByRole('link', { name: criteria.regionalReview }).click();
  const answerForm = page.getByRole('form', { name: 'Answer the return' });
  await answerForm.getByLabel('Your answer').fill(answer);
  await answerForm.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Answer sent: the criterion is open for the reviewer again.' })).toBeVisible();

  // The reviewer accepts it and signs off; the history shows every step.
  await switchAccount(page, demoAccounts.scmiReviewer);
  await openReadiness(page);
  await expect(criterionRow(page, criteria.regionalReview)).toContainText('Answered');
  await criterionRow(page, criteria.regionalReview).getByRole('link', { name: criteria.regionalReview }).click();
  await expect(page.getByRole('region', { name: /Comments and review steps/ })).toContainText(answer);
  await page.getByRole('group', { name: 'Review' }).getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Criterion accepted.' })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(returnReason);
  await expect(history).toContainText(answer);
  await expect(history).toContainText('Demo Co-chair (IOM)');
  await expect(history).toContainText('Demo SCMI Reviewer');

  await page.getByRole('link', { name: 'Back to readiness' }).click();
  await expect(signOffPanel.getByRole('button', { name: 'Sign off the review' })).toBeEnabled();
  await signOffPanel.getByRole('button', { name: 'Sign off the review' }).click();
  await expect(signOffPanel).toContainText(/Signed off on \d{1,2} [A-Z][a-z]+ \d{4} by Demo SCMI Reviewer\./);
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Demo SCMI Reviewer');
  await expect(page.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
});
