import { expect, type Locator, type Page, test } from '@playwright/test';
import { demoAccounts, signInThroughUi } from '../support/accounts.js';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility.js';

const objectiveTitle = 'Improve the collection and sharing of migration data';
const indicatorCode = 'GE-E2E-7.1';
const indicatorName = 'Share of foreign residents holding a valid residence permit';
/** GCM objective 3 takes the crosswalk link; the new indicator is tagged with objective 7. */
const linkedGcmObjective = 3;
const taggedGcmObjective = 7;

type DashboardObjective = { number: number; linkedIndicatorCount: number; withBaselineCount: number; crosswalkLinkCount: number };
type Dashboard = { completeness: { indicatorCount: number; withBaselineCount: number }; gcmObjectives: DashboardObjective[] };

const getJson = async <T>(page: Page, path: string): Promise<T> => {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
};

const getNetworkId = async (page: Page) => (await getJson<{ id: string }[]>(page, '/api/networks'))[0]?.id as string;

/** The dashboard's figures as the API gives them, to compare what the page shows after the expert's work. */
const readDashboard = async (page: Page): Promise<Dashboard> => getJson<Dashboard>(page, `/api/networks/${await getNetworkId(page)}/indicator-dashboard`);

const objectiveOf = (dashboard: Dashboard, number: number) => dashboard.gcmObjectives.find((objective) => objective.number === number) as DashboardObjective;

const baselineFile = (rows: string[]) => ({
  name: 'baselines-2018-2019.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['indicator_code,reference_year,value,total,disaggregation,area,source_provider,nature_of_data,confidence', ...rows].join('\n'), 'utf8'),
});

const cellsOf = async (row: Locator) => row.getByRole('cell').allTextContents();

test('the expert links a strategy objective, defines an indicator, records and imports its baselines, and sees the dashboard coverage change', async ({ page }) => {
  // One journey through four screens, with the accessibility check on each: longer than a single screen's test.
  test.slow();
  await page.goto('/');
  await signInThroughUi(page, demoAccounts.expert);
  const before = await readDashboard(page);

  // The crosswalk: a new objective under a placeholder goal, linked to a GCM objective and an SDG indicator.
  await page.getByRole('banner').getByRole('link', { name: 'Crosswalk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crosswalk' })).toBeVisible();
  await expect(page.getByText(/goals and objectives are still placeholders/)).toBeVisible();
  const coverage = page.getByRole('table', { name: 'Strategy objectives linked to each of the 23 GCM objectives' });
  const coverageRow = coverage.getByRole('row', { name: new RegExp(`^${linkedGcmObjective}\\. `) });
  const linkedBefore = Number((await cellsOf(coverageRow))[0]);

  const thirdGoal = page.getByRole('listitem', { name: /^Goal 3 \(placeholder/ });
  await expect(thirdGoal.getByText('Placeholder').first()).toBeVisible();
  await thirdGoal.getByRole('button', { name: 'Add objective to goal 3' }).click();
  const objectiveForm = thirdGoal.getByRole('form', { name: 'New objective' });
  await objectiveForm.getByLabel('Objective title').fill(objectiveTitle);
  await objectiveForm.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Objective added.' })).toBeVisible();

  const objective = page.getByRole('listitem', { name: objectiveTitle });
  await expect(objective.getByText('Placeholder')).toHaveCount(0);
  await objective.getByRole('button', { name: /^Add link to objective 3\.\d+$/ }).click();
  let linkForm = objective.getByRole('form', { name: /^Link objective 3\.\d+$/ });
  await linkForm.getByRole('combobox', { name: 'GCM objective' }).selectOption({ value: String(linkedGcmObjective) });
  await linkForm.getByLabel('Direct').check();
  await linkForm.getByRole('button', { name: 'Save link' }).click();
  await expect(linkForm.getByLabel('Rationale (required)')).toHaveAttribute('aria-invalid', 'true');
  await linkForm.getByLabel('Rationale (required)').fill('Both aim at timely information for migrants at every stage of migration.');
  await expectNoSeriousAccessibilityViolations(page);
  await linkForm.getByRole('button', { name: 'Save link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link saved.' })).toBeVisible();

  await objective.getByRole('button', { name: /^Add link to objective 3\.\d+$/ }).click();
  linkForm = objective.getByRole('form', { name: /^Link objective 3\.\d+$/ });
  await linkForm.getByRole('radio', { name: 'SDG indicator' }).check();
  await linkForm.getByRole('combobox', { name: 'SDG indicator' }).selectOption({ value: '10.7.2' });
  await expect(linkForm.getByText(/^Wording changed:/)).toBeVisible();
  await linkForm.getByLabel('Proxy').check();
  await linkForm.getByLabel('Rationale (required)').fill('The objective’s policy work is what 10.7.2 counts.');
  await linkForm.getByRole('button', { name: 'Save link' }).click();
  await expect(objective.getByText('2 links')).toBeVisible();
  const links = objective.getByRole('table', { name: `Links of “${objectiveTitle}”` });
  await expect(links.getByRole('row', { name: new RegExp(`GCM objective ${linkedGcmObjective}`) })).toContainText('Direct');
  await expect(links.getByRole('row', { name: /SDG indicator 10\.7\.2/ })).toContainText('Proxy');
  await expect(coverageRow.getByRole('cell').first()).toHaveText(String(linkedBefore + 1));
  await expect(coverageRow).toContainText('Linked');
  await expectNoSeriousAccessibilityViolations(page);

  // A national indicator aligned to GCM objective 7 and SDG indicator 10.7.2, broken down by sex.
  await page.getByRole('banner').getByRole('link', { name: 'Indicators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
  await page.getByRole('button', { name: 'Add indicator' }).click();
  const indicatorForm = page.getByRole('form', { name: 'New indicator' });
  await indicatorForm.getByLabel('Code').fill(indicatorCode);
  await indicatorForm.getByLabel('Measure').selectOption({ label: 'Percentage' });
  await indicatorForm.getByLabel('Unit', { exact: true }).fill('%');
  await indicatorForm.getByLabel('Name').fill(indicatorName);
  await indicatorForm.getByLabel('Definition').fill('Foreign residents with a valid residence permit on 31 December, as a share of all foreign residents');
  await indicatorForm.getByLabel('Higher is better').check();
  await indicatorForm.getByLabel('Sex', { exact: true }).check();
  await indicatorForm.getByLabel('Custodian or source agency').fill('Public Service Development Agency');
  await indicatorForm.getByLabel('Frequency').fill('annual');
  await indicatorForm.getByLabel(`Objective ${taggedGcmObjective}`, { exact: true }).check();
  await indicatorForm.getByLabel('SDG 10.7.2').check();
  await expectNoSeriousAccessibilityViolations(page);
  await indicatorForm.getByRole('button', { name: 'Create indicator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: indicatorName })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Indicator created.' })).toBeVisible();

  // Its 2020 baseline, with the figures for women and men and the total.
  await page.getByRole('button', { name: 'Record a baseline' }).click();
  const baselineForm = page.getByRole('form', { name: 'New baseline' });
  await baselineForm.getByLabel('Reference year').fill('2020');
  await baselineForm.getByLabel('Value', { exact: true }).fill('48.2');
  const bySex = baselineForm.getByRole('group', { name: 'By Sex' });
  await bySex.getByRole('button', { name: 'Add a category by Sex' }).click();
  await bySex.getByRole('button', { name: 'Add a category by Sex' }).click();
  await bySex.getByLabel('Category 1').fill('female');
  await bySex.getByLabel('Value 1').fill('51.8');
  await bySex.getByLabel('Category 2').fill('male');
  await bySex.getByLabel('Value 2').fill('44.6');
  await baselineForm.getByLabel('Total').fill('48.2');
  await baselineForm.getByLabel('Area').fill('Georgia (national)');
  await baselineForm.getByLabel('Provider').fill('Public Service Development Agency');
  await baselineForm.getByLabel('Dataset').fill('Residence permits register 2020');
  await baselineForm.getByLabel('Nature of data').selectOption({ label: 'Country data' });
  await baselineForm.getByLabel('Confidence').selectOption({ label: 'High' });
  await expectNoSeriousAccessibilityViolations(page);
  await baselineForm.getByRole('button', { name: 'Save baseline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Baseline for 2020 recorded.' })).toBeVisible();
  const recorded = page.getByRole('listitem', { name: 'Baseline 2020, Georgia (national)' });
  await expect(recorded.getByText(/^Recorded by Demo Expert on/)).toBeVisible();
  const disaggregation = recorded.getByRole('table', { name: 'Disaggregation: Baseline 2020, Georgia (national)' });
  await expect(disaggregation.getByRole('row', { name: /female/ })).toContainText('51.8');
  await expect(disaggregation.getByRole('row', { name: /\bmale\b/ })).toContainText('44.6');
  await expect(disaggregation.getByRole('row', { name: /Total/ })).toContainText('48.2');
  await expectNoSeriousAccessibilityViolations(page);

  // The 2018 and 2019 baselines from a file: one bad row refuses the whole file, naming the row and the column.
  await page.getByRole('link', { name: 'Back to the indicators' }).click();
  await page.getByRole('link', { name: 'Import baselines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import baselines' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the template (.csv)' })).toHaveAttribute('href', /\/baseline-imports\/template\.csv$/);
  const fileInput = page.getByLabel('CSV or Excel file');
  await fileInput.setInputFiles(
    baselineFile([
      `${indicatorCode},2019,47.1,47.1,sex:female=50.3; sex:male=43.6,Georgia (national),Public Service Development Agency,country,high`,
      `${indicatorCode},2018,forty-five,,,Georgia (national),Public Service Development Agency,country,medium`,
    ]),
  );
  await page.getByRole('button', { name: 'Check the file' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'The file was refused: nothing was imported' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('listitem')).toHaveText([/^Row 3, column value: must be a number for a percentage indicator/]);
  await expect(page.getByRole('button', { name: /^Import \d+ baselines?$/ })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
  const indicators = await getJson<{ id: string; code: string }[]>(page, `/api/networks/${await getNetworkId(page)}/indicators`);
  const indicatorId = indicators.find((indicator) => indicator.code === indicatorCode)?.id;
  expect(await getJson<unknown[]>(page, `/api/indicators/${indicatorId}/baselines`), 'nothing was written').toHaveLength(1);

  await fileInput.setInputFiles(
    baselineFile([
      `${indicatorCode},2019,47.1,47.1,sex:female=50.3; sex:male=43.6,Georgia (national),Public Service Development Agency,country,high`,
      `${indicatorCode},2018,45.0,,,Georgia (national),Public Service Development Agency,country,medium`,
    ]),
  );
  await page.getByRole('button', { name: 'Check the file' }).click();
  const preview = page.getByRole('table', { name: 'The rows as they would be saved' });
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText('2018');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Import 2 baselines' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 baselines imported.' })).toBeVisible();

  await page.getByRole('link', { name: 'See the indicators' }).click();
  await page.getByRole('link', { name: new RegExp(`^${indicatorCode}:`) }).click();
  await expect(page.getByRole('listitem', { name: /^Baseline 20(18|19|20), Georgia \(national\)$/ })).toHaveCount(3);

  // The dashboard counts the new link, the indicator and its baseline.
  await page.getByRole('banner').getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicator baselines dashboard' })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.locator('[data-figure="indicators"] dd')).toHaveText(String(before.completeness.indicatorCount + 1));
  await expect(summary.locator('[data-figure="baseline"] dd')).toHaveText(String(before.completeness.withBaselineCount + 1));
  const gcm = page.getByRole('table', { name: 'Coverage of the 23 GCM objectives' });
  const tagged = objectiveOf(before, taggedGcmObjective);
  const taggedRow = gcm.getByRole('row', { name: new RegExp(`^Objective ${taggedGcmObjective}:`) });
  await expect(taggedRow.getByRole('cell').nth(0)).toHaveText(String(tagged.linkedIndicatorCount + 1));
  await expect(taggedRow.getByRole('cell').nth(1)).toHaveText(String(tagged.withBaselineCount + 1));
  const linked = objectiveOf(before, linkedGcmObjective);
  const linkedRow = gcm.getByRole('row', { name: new RegExp(`^Objective ${linkedGcmObjective}:`) });
  await expect(linkedRow.getByRole('cell').last()).toHaveText(String(linked.crosswalkLinkCount + 1));
  await expect(linkedRow.getByText('No link')).toHaveCount(0);
});
