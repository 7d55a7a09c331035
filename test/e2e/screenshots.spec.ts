import { expect, test, type Page } from '@playwright/test';

// The dashboard in both languages and the compare view, at the two screen sizes a meeting room
// has, kept as snapshots: a change to what a user sees shows up as a failing comparison.
test.describe.configure({ mode: 'serial' });

async function runSmall(page: Page) {
  await page.goto('/');
  await page.getByTestId('trials').fill('128');
  await page.getByTestId('trials').press('Enter');
  await page.getByTestId('trials').blur();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('cancel')).toBeHidden({ timeout: 120_000 });
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('cards')).toBeVisible();
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`dashboard and compare view at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    await runSmall(page);
    await expect(page).toHaveScreenshot(`dashboard-zh-${width}.png`, { fullPage: true });
    await page.getByTestId('language').click();
    await expect(page).toHaveScreenshot(`dashboard-en-${width}.png`, { fullPage: true });
    await page.getByTestId('language').click();
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-with').selectOption('no-concession');
    await page.getByTestId('run-compare').click();
    await expect(page.getByTestId('compare-table')).toBeVisible({ timeout: 180_000 });
    await expect(page).toHaveScreenshot(`compare-zh-${width}.png`, { fullPage: true });
    // Nothing spills out sideways: the page is no wider than the window.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
