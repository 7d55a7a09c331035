import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  allDrawn,
  axeViolations,
  collectErrors,
  runToEnd,
  setTrials,
  untranslated,
} from './helpers.ts';

// A fund manager's view: angel sub-fund 1's risk, its fitted pacing parameters and PME, its plan
// downloaded and read back, in Chinese and in English; and the treasury's budget by year.
const SHOTS = process.env.FUND_SHOTS_DIR;

test('a fund manager picks angel sub-fund 1, reads its risk, pacing and PME, and downloads its plan', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await setTrials(page, '64');
  await runToEnd(page);
  await page.getByTestId('tab-fund').click();
  await expect(page.getByTestId('tab-fund')).toHaveText('基金');
  await page.getByTestId('fund-pick').selectOption({ label: '天使投资子基金一' });

  await expect(page.getByTestId('figure-tvpiBelowOne')).toContainText('TVPI < 1 的概率');
  await expect(page.getByTestId('figure-tvpiBelowOne').locator('.value')).toHaveText(
    /^\d+(\.\d+)?% ± \d+(\.\d+)?%$/,
  );
  await expect(page.getByTestId('figure-ksPme')).toContainText('公开市场等价倍数 PME');
  await expect(page.getByTestId('figure-ksPme').locator('.value')).toHaveText(/^\d+(\.\d+)?×$/);
  // P(DPI ≥ 1) by the year the user picks.
  await expect(page.getByTestId('figure-dpiByYear')).toContainText('第 8 年末 DPI ≥ 1 的概率');
  await page.getByTestId('dpi-year').selectOption('12');
  await expect(page.getByTestId('figure-dpiByYear')).toContainText('第 12 年末 DPI ≥ 1 的概率');
  // The fitted parameters, and the fitted curves over the bands.
  const params = page.getByTestId('pacing-params');
  await expect(params).toContainText('出资比例（第 1 年，占未缴承诺）');
  await expect(params.getByTestId('pacing-bow')).toContainText('弓形因子 B');
  await expect(params.getByTestId('pacing-life').locator('td')).toHaveText(/^\d+(\.\d)? 年$/);
  await allDrawn(page);
  await expect(page.getByTestId('fan-overlay')).toHaveCount(3);

  // The plan: a header of every series' statistics, a row per quarter and the horizon.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-plan').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^hebei-2022-.*angel-1-plan\.csv$/);
  const lines = readFileSync(await file.path(), 'utf8').split('\r\n');
  expect(lines.at(-1)).toBe('');
  const header = lines[0]!.split(',');
  expect(header.slice(0, 3)).toEqual(['quarter', 'calledCNY.mean', 'calledCNY.p5']);
  expect(header).toContain('navCNY.p95');
  expect(header).toContain('jcurve.privateLP.p50');
  expect(header).toContain('dpiAtLeastOne.mean');
  // 15 years: quarters 0 … 59 and the horizon, 60.
  const rows = lines.slice(1, -1);
  expect(rows).toHaveLength(61);
  expect(rows.every((r) => r.split(',').length === header.length)).toBe(true);
  expect(rows.at(-1)!.split(',')[0]).toBe('60');

  await page.getByTestId('dpi-year').selectOption('8');
  // Every label in Chinese; the pacing model keeps its authors' names, as its literature does.
  expect(await untranslated(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fund-zh.png`, fullPage: true });

  // The guidance fund has no commitment: no fit, and the page says why.
  await page.getByTestId('fund-pick').selectOption('fund.guidanceFund');
  await expect(page.getByTestId('pacing-failed')).toContainText('该基金没有认缴规模');
  await page.getByTestId('fund-pick').selectOption('fund.angel-1');

  // The same view in English.
  await page.getByTestId('language').click();
  await expect(page.getByTestId('tab-fund')).toHaveText('Fund');
  await expect(page.getByTestId('figure-tvpiBelowOne')).toContainText('P(TVPI < 1)');
  await expect(page.getByTestId('figure-ksPme')).toContainText('KS-PME');
  await expect(params).toContainText('Rate of contribution, year 1 (of uncalled)');
  await expect(page.getByTestId('fund-pick').locator('option:checked')).toHaveText(
    'Angel sub-fund 1',
  );
  await allDrawn(page);
  expect(await untranslated(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fund-en.png`, fullPage: true });

  // The treasury's budget by year, on the dashboard, in both languages.
  await page.getByTestId('tab-results').click();
  await allDrawn(page);
  const budget = page.getByTestId('budget-by-year');
  await budget.scrollIntoViewIfNeeded();
  await expect(budget).toContainText('The budget line to approve (peak annual outlay)');
  await expect(budget.locator('.legend')).toContainText('Guidance fund');
  await expect(budget.locator('.legend')).toContainText('P95 of the year’s total');
  await expect(budget.locator('g.row')).toHaveCount(15);
  if (SHOTS) await budget.screenshot({ path: `${SHOTS}/budget-en.png` });
  await page.getByTestId('language').click();
  await expect(budget).toContainText('须批准的年度预算线（年度支出峰值）');
  await expect(budget.locator('.legend')).toContainText('引导基金出资');
  await expect(budget.locator('g.row').first()).toContainText('第1年');
  if (SHOTS) await budget.screenshot({ path: `${SHOTS}/budget-zh.png` });
  expect(errors).toEqual([]);
});
