import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, compareToEnd, setTrials } from './helpers.ts';

// A comparison that tells the truth: each side named by what it is, the statistics named, the
// figures that the model holds fixed said so, its own cancel, and both scenarios in its files.
test.describe.configure({ mode: 'serial' });

test('a compare of an edited scenario names each side by what it is, and exports both', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await setTrials(page, '128');
  await page.getByTestId('group-guidanceFund').click();
  const concession = page.locator('[data-path="concession.angelStageShare"] input');
  await concession.fill('60%');
  await concession.press('Enter');
  await page.getByTestId('tab-compare').click();
  // The default is the user's own preset, unedited.
  await expect(page.getByTestId('compare-with')).toHaveValue('@preset');
  await compareToEnd(page);
  await expect(page.getByTestId('side-a')).toHaveText(
    '当前方案（已修改 1 处：天使期让利比例 60%）',
  );
  await expect(page.getByTestId('side-b')).toHaveText('河北 2022 科技金融链（预设）');
  // A plain-language summary at the top: what changed, and what it did, ± standard errors.
  await expect(page.getByTestId('compare-summary')).toContainText(
    /^天使阶段让利比例从 40% 提高到 60%：.*（±[^）]+）/,
  );
  // Each column says which statistic it is; legends name the sides the same way.
  await expect(page.getByTestId('head-a')).toContainText('中位数');
  await expect(page.getByTestId('head-a')).toContainText('当前方案（已修改 1 处）');
  await expect(page.getByTestId('head-b')).toContainText('河北 2022 科技金融链（预设）');
  await expect(page.getByTestId('head-diff')).toContainText('配对差的均值 ± 标准误');
  await expect(page.locator('.legend').first()).toContainText('A：当前方案（已修改 1 处）');
  // Private capital does not move: fund sizes are fixed in the model, and the page says so.
  const privateCapital = page.locator('tr[data-key="chain.privateCapitalCNY"]');
  await expect(privateCapital.getByTestId('identical-note')).toContainText('认缴规模是固定参数');
  // Differences of rates in percentage points.
  await expect(page.locator('tr[data-key="angelFunds.privateLP.irr"] td').nth(2)).toContainText(
    '个百分点',
  );
  // The J-curve's last quarter is marked as the horizon's NAV.
  await expect(page.getByTestId('end-mark').first()).toContainText('期末净值');

  // Pick a metric that is not in the default set.
  await page.getByTestId('metric-picker').locator('summary').click();
  await page.getByTestId('metric-search').fill('首贷');
  await page.locator('input[data-key="bank.firstTimeBorrowers"]').check();
  await expect(page.locator('tr[data-key="bank.firstTimeBorrowers"]')).toBeVisible();

  // Both files name the edited scenario by its own id and hold both scenarios.
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('compare-csv').click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(
    /^hebei-2022-edited-[0-9a-f]{8}-vs-hebei-2022-comparison\.csv$/,
  );
  const csv = readFileSync(await csvFile.path(), 'utf8');
  expect(csv).toContain('# a.name.zh,当前方案（已修改 1 处：天使期让利比例 60%）');
  expect(csv).toMatch(/# a\.scenario,"\{""/);
  expect(csv).toMatch(/# a\.scenario,.*""angelStageShare"":0\.6/);
  expect(csv).toMatch(/# b\.scenario,.*""angelStageShare"":0\.4/);
  expect(csv).toMatch(/\r\nchain\.privateCapitalCNY,/);
  const jsonDownload = page.waitForEvent('download');
  await page.getByTestId('compare-json').click();
  const json = JSON.parse(readFileSync(await (await jsonDownload).path(), 'utf8')) as {
    scenarios: { a: { concession: { angelStageShare: number } }; b: { id: string } };
  };
  expect(json.scenarios.a.concession.angelStageShare).toBe(0.6);
  expect(json.scenarios.b.id).toBe('hebei-2022');

  // An edit since makes the comparison out of date.
  await page.getByTestId('tab-scenario').click();
  await concession.fill('50');
  await concession.press('Enter');
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('compare-stale')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a comparison has its own cancel; Run waits while it runs', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await setTrials(page, '1000');
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('run-compare').click();
  await expect(page.getByTestId('cancel-compare')).toBeVisible();
  // Run is disabled, and says why.
  await expect(page.getByTestId('run')).toBeDisabled();
  await expect(page.locator('#run-why')).toContainText('对比运行中');
  await page.getByTestId('cancel-compare').click();
  await expect(page.getByTestId('compare-status')).toContainText('对比已取消');
  await expect(page.getByTestId('run')).toBeEnabled();
  // A run, then: the compare waits for it, and cancelling the run leaves no comparison cancelled.
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-compare')).toBeDisabled();
  await page.getByTestId('cancel').click();
  await expect(page.locator('main')).toHaveAttribute('data-run-status', 'cancelled');
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('run-compare')).toBeEnabled();
  await expect(page.locator('main')).toHaveAttribute('data-compare-status', 'cancelled');
});

test('on the fund-raising programme, a higher concession shows what the extra cost bought', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('preset').selectOption('hebei-2022-programme');
  await setTrials(page, '128');
  await page.getByTestId('group-guidanceFund').click();
  const concession = page.locator('[data-path="concession.angelStageShare"] input');
  await concession.fill('60%');
  await concession.press('Enter');
  await page.getByTestId('tab-compare').click();
  await compareToEnd(page);
  await expect(page.getByTestId('side-b')).toHaveText(
    '河北 2022 科技金融链（子基金募集计划）（预设）',
  );
  // Private capital raised moves with the terms: a paired difference, no "held fixed" note.
  const raised = page.locator('tr[data-key="fundRaising.privateCapitalRaisedCNY"]');
  await expect(raised.locator('td').nth(2)).toHaveText(/^\+[\d,.]+\s万元\s±\s[\d,.]+\s万元\s*$/);
  await expect(raised.getByTestId('identical-note')).toHaveCount(0);
  await expect(page.locator('tr[data-key="fundRaising.fundsClosed"]')).toBeVisible();
  // What each extra yuan of spending bought: money per yuan, firms per 亿元, each ± its error.
  const perYuan = page.getByTestId('per-yuan');
  await expect(perYuan.getByRole('heading', { level: 2 })).toHaveText('每元财政投入换来什么');
  const bySpending = page.getByTestId('per-yuan-treasury.spentCNY');
  await expect(
    bySpending.locator('tr', { hasText: '募集社会资本' }).locator('td').first(),
  ).toHaveText(/^[\d.]+ 元\/元$/);
  await expect(
    bySpending.locator('tr', { hasText: '基金链支持企业数' }).locator('td').nth(1),
  ).toHaveText(/^±[\d.]+$/);
  await page.screenshot({
    path: test.info().outputPath('programme-compare-zh.png'),
    fullPage: true,
  });
  await page.getByTestId('language').click();
  await expect(page.locator('tr[data-key="fundRaising.privateCapitalRaisedCNY"] th')).toContainText(
    /private capital raised/i,
  );
  await expect(perYuan.getByRole('heading', { level: 2 })).toHaveText(
    'What each extra fiscal yuan bought',
  );
  await expect(bySpending.locator('td').first()).toHaveText(/ CNY per CNY$/);
  await page.screenshot({
    path: test.info().outputPath('programme-compare-en.png'),
    fullPage: true,
  });
  expect(errors).toEqual([]);
});
