import { expect, test, type Page } from '@playwright/test';
import {
  allDrawn,
  axeViolations,
  collectErrors,
  compareToEnd,
  runToEnd,
  setTrials,
  untranslated,
} from './helpers.ts';

// Accessible and in the page's language: axe-core finds nothing on any tab before or after a
// run, in either language; the tabs work from the keyboard; help (ⓘ) is a button; no text of
// the page is in the other language.
test.describe.configure({ mode: 'serial' });

const TABS = ['scenario', 'results', 'fund', 'compare', 'explore'] as const;

async function eachTab(page: Page, check: (tab: string) => Promise<void>) {
  for (const tab of TABS) {
    await page.getByTestId(`tab-${tab}`).click();
    if (tab === 'results' && (await page.getByTestId('cards').count()) > 0) await allDrawn(page);
    await check(tab);
  }
}

test('axe finds no violation and no text is untranslated, on every tab, before and after a run, in both languages', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  const report: string[] = [];
  const checkAll = async (when: string) => {
    for (const lang of ['zh', 'en'] as const) {
      await eachTab(page, async (tab) => {
        for (const v of await axeViolations(page)) report.push(`${when} ${lang} ${tab}: ${v}`);
        for (const u of await untranslated(page)) report.push(`${when} ${lang} ${tab} text: ${u}`);
      });
      await page.getByTestId('language').click();
    }
  };
  // Before a run, with the editor's angel funds, a field's help and the compare picker open.
  await page.getByTestId('group-angelFunds').click();
  await page.getByTestId('fund-toggle').first().click();
  await page.getByTestId('help').first().click();
  await checkAll('before');
  // After a run and a comparison.
  await setTrials(page, '64');
  await runToEnd(page);
  await compareToEnd(page);
  await page.getByTestId('metric-picker').locator('summary').click();
  // Every chart is an image with a name a screen reader reads out.
  await page.getByTestId('tab-results').click();
  await allDrawn(page);
  const charts = await page
    .locator('svg[data-chart]')
    .evaluateAll((svgs) =>
      svgs.map((s) => `${s.getAttribute('role')}: ${s.getAttribute('aria-label')?.trim() ?? ''}`),
    );
  expect(charts.length).toBeGreaterThanOrEqual(9);
  for (const chart of charts) expect(chart).toMatch(/^img: \S/);
  await page.getByTestId('tab-scenario').click();
  await page.getByTestId('group-bank').click();
  await checkAll('after');
  expect(report).toEqual([]);
  expect(errors).toEqual([]);
});

test('the tabs work from the keyboard, and a field’s help opens from it', async ({ page }) => {
  await page.goto('/');
  const scenario = page.getByTestId('tab-scenario');
  await scenario.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-results')).toBeFocused();
  await expect(page.getByTestId('tab-results')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#panel-results')).toBeVisible();
  await expect(page.getByTestId('tab-results')).toHaveAttribute('aria-controls', 'panel-results');
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-explore')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(scenario).toBeFocused();
  await expect(page.locator('#panel-scenario')).toBeVisible();

  // Help is a button: focus it, press Enter, and the description, range and source show.
  await page.getByTestId('group-guidanceFund').click();
  const row = page.locator('[data-path="concession.angelStageShare"]');
  const help = row.getByTestId('help');
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  const panel = row.locator('.field-help');
  await expect(panel).toContainText('引导基金在天使期首次投资的省内企业上的收益中让渡的比例');
  await expect(panel).toContainText(
    '河北省《关于推动金融服务科技创新发展的工作方案》（2022）· 二(二)2',
  );
  await page.keyboard.press('Escape');
  await expect(help).toHaveAttribute('aria-expanded', 'false');

  // The hidden file input of "导入 JSON" shows a visible focus.
  await page.getByTestId('import').focus();
  const outline = await page
    .locator('.file .secondary-button')
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});
