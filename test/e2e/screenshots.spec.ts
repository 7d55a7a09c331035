import { expect, test, type Page } from '@playwright/test';
import {
  allDrawn,
  compareToEnd,
  overflowingElements,
  runToEnd,
  setTrials,
  sidewaysOverflow,
} from './helpers.ts';

// What a user sees, kept as snapshots at a phone's width (390 px), a meeting room's laptop (1280)
// and its screen (1920), in both languages: a change shows up as a failing comparison. At every
// width nothing spills out sideways, on any tab.
test.describe.configure({ mode: 'serial' });

async function noOverflow(page: Page, where: string) {
  const overflow = await sidewaysOverflow(page);
  expect(overflow, `${where}: ${(await overflowingElements(page)).join('; ')}`).toBeLessThanOrEqual(
    0,
  );
}

async function language(page: Page, lang: 'zh' | 'en') {
  const current = (await page.locator('html').getAttribute('lang'))?.startsWith('zh') ? 'zh' : 'en';
  if (current !== lang) await page.getByTestId('language').click();
}

for (const [width, height] of [
  [390, 844],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`the editor, dashboard and compare view at ${width}×${height}, in both languages`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByTestId('group-angelFunds').click();
    await noOverflow(page, 'editor');
    if (width === 390) {
      await expect(page).toHaveScreenshot('editor-zh-390.png', { fullPage: true });
      await language(page, 'en');
      await expect(page).toHaveScreenshot('editor-en-390.png', { fullPage: true });
      await language(page, 'zh');
    }
    await setTrials(page, '128');
    await runToEnd(page);
    await allDrawn(page);
    await noOverflow(page, 'dashboard');
    await expect(page).toHaveScreenshot(`dashboard-zh-${width}.png`, { fullPage: true });
    await language(page, 'en');
    await allDrawn(page);
    await noOverflow(page, 'dashboard (English)');
    await expect(page).toHaveScreenshot(`dashboard-en-${width}.png`, { fullPage: true });
    await language(page, 'zh');
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-with').selectOption('no-concession');
    await compareToEnd(page);
    await noOverflow(page, 'compare');
    await expect(page).toHaveScreenshot(`compare-zh-${width}.png`, { fullPage: true });
    if (width === 1280) {
      await language(page, 'en');
      await expect(page).toHaveScreenshot('compare-en-1280.png', { fullPage: true });
    }
  });
}

test('nothing overflows sideways at 768×1024 (a tablet), on any tab', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  for (const group of ['angelFunds', 'bank', 'fiscal']) {
    await page.getByTestId(`group-${group}`).click();
    await noOverflow(page, `editor ${group}`);
  }
  await setTrials(page, '64');
  await runToEnd(page);
  await allDrawn(page);
  await noOverflow(page, 'dashboard');
  await compareToEnd(page);
  await noOverflow(page, 'compare');
});
