import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const activityTitles = [
  'United Nations Network on Migration and Georgian Civil Society Organizations’ Engagement in the Global Compact for Safe, Orderly and Regular Migration process',
  'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
  'International expert: linkages between the national Migration Strategy, GCM and the SDGs',
  'Stock taking meeting with the RCO and UNCT',
];

const expectNoSeriousAccessibilityViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
};

test('anyone in the Network reads the 2021 workplan and the webinar agenda in two zones, in English and Georgian', async ({ page }) => {
  await page.goto('/');

  const timeline = page.getByRole('region', { name: 'Timeline' });
  for (const title of activityTitles) await expect(timeline.getByRole('link', { name: title })).toBeVisible();
  await expect(timeline.getByText('June/July 2021')).toBeVisible();
  await expect(timeline.getByText('April through June 2021')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await timeline.getByRole('link', { name: activityTitles[1] }).click();
  await expect(page.getByRole('heading', { level: 1, name: activityTitles[1] })).toBeVisible();
  await expect(page.getByText('KUDO online platform')).toBeVisible();

  const agenda = page.getByRole('table', { name: 'Agenda' });
  const openingRemarks = agenda.getByRole('row').filter({ hasText: 'Opening remarks' });
  await expect(openingRemarks.getByRole('cell').nth(0)).toHaveText(/14:00/);
  await expect(openingRemarks.getByRole('cell').nth(1)).toHaveText(/12:00/);
  await expect(openingRemarks).toContainText('Dr. Sabine Machl');
  await expect(agenda.getByRole('row')).toHaveCount(10);
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'ქართული' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ka');
  await expect(page.getByRole('table', { name: 'დღის წესრიგი' })).toBeVisible();
  await expect(page.getByText('ხუთშაბათი, 22 აპრილი, 2021, 14:00–17:00 (GMT+4)')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('table', { name: 'დღის წესრიგი' })).toBeVisible();
});

test('on a phone the workplan fits the screen, and its timeline scrolls sideways inside itself as the keyboard moves', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  const grid = page.getByRole('grid', { name: /^Timeline of / });
  const expertRow = grid.getByRole('row').filter({ has: page.getByRole('link', { name: activityTitles[2] }) });
  await expect(expertRow).toBeVisible();
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
  }
  await expectNoSeriousAccessibilityViolations(page);

  const bar = expertRow.getByRole('img', { name: 'April through June 2021' });
  await expertRow.getByRole('rowheader').focus();
  await expect(bar).not.toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(expertRow.getByRole('gridcell')).toBeFocused();
  await expect(bar).toBeInViewport();
  await page.keyboard.press('ArrowLeft');
  await expect(expertRow.getByRole('rowheader')).toBeFocused();
  await expect(bar).not.toBeInViewport();
});

test('every public page runs under the strict Content-Security-Policy without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`));
  });
  for (const [path, heading] of [
    ['/', /workplan/i],
    ['/crosswalk', /^Crosswalk$/],
    ['/indicators', /^Indicators$/],
    ['/dashboard', /^Indicator baselines dashboard$/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  }
});
