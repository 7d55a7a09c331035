import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { allDrawn, collectErrors, compareToEnd, runToEnd, setTrials } from './helpers.ts';

// A new user's journey through the app, as the issue describes it, in the real browser.
test.describe.configure({ mode: 'serial' });

const TRIALS = '256';

async function headline(page: Page): Promise<string> {
  await page.getByTestId('tab-results').click();
  return (await page.getByTestId('cards').innerText()).replace(/\s+/g, ' ');
}

test('a policymaker edits the concession, runs, compares, exports and shares', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科技金融基金链模拟器');

  // English and back.
  await page.getByTestId('language').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tech-finance fund-chain simulator',
  );
  await page.getByTestId('language').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科技金融基金链模拟器');

  // Pick a preset, then come back to the default.
  await page.getByTestId('preset').selectOption('tau-raised');
  await expect(page.getByTestId('preset-description')).not.toBeEmpty();
  await page.getByTestId('preset').selectOption('hebei-2022');

  // Change the angel-stage concession rate from 40% to 30%: the field is marked as changed.
  await page.getByTestId('group-guidanceFund').click();
  const concession = page.locator('[data-path="concession.angelStageShare"]');
  await concession.locator('input').fill('30');
  await concession.locator('input').press('Enter');
  await concession.locator('input').blur();
  await expect(concession.getByTestId('changed-mark')).toBeVisible();
  await expect(concession.getByTestId('changed-mark')).toContainText('40');

  // Run, watch progress, cancel; run again to the end.
  await setTrials(page, '1024');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('progress')).toBeVisible();
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('run-status')).toContainText('已取消');
  await setTrials(page, TRIALS);
  await runToEnd(page);
  await allDrawn(page);

  // Every chart of the dashboard is there, with titles and axes.
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('result-meta')).toContainText(TRIALS);
  for (const title of [
    '财政净成本（含净值，现值）',
    '财政净成本（仅现金，现值）',
    '引导基金 TVPI',
    '银行不良率（余额加权）',
  ])
    await expect(page.getByTestId('cards')).toContainText(title);
  // The J-curves' last-quarter jump is marked as the horizon's valuation, not cash.
  await expect(page.locator('#panel-results').getByTestId('end-mark').first()).toContainText(
    '期末净值',
  );

  // What the fiscal money bought: the chain's leverage as a multiple, its definition on the page.
  const outcome = page.getByTestId('fiscal-outcome');
  await expect(page.getByRole('heading', { name: '财政资金撬动与成效' })).toBeVisible();
  const leverage = outcome.locator('tr[data-key="chain.leverage"]');
  await expect(leverage).toContainText('基金链撬动倍数');
  await expect(leverage).toContainText('÷ 基金链财政投入');
  await expect(leverage.locator('td').first()).toHaveText(/^\s*\d+(\.\d+)?×\s*$/);
  // A cost per backed firm is a cost: never negative; where the chain made money it says so.
  const perFirm = outcome.locator('tr[data-key="chain.costPerBackedFirmCNY"]');
  await expect(perFirm.locator('td').first()).toHaveText(/^\s*(\d[\d,.]*\s*(万元|亿元|元)|—)\s*$/);
  await expect(perFirm.getByTestId('undefined-note')).toContainText('基金链实现财政净收益');
  await expect(outcome.locator('tr[data-key="chain.madeNetGain"] td').first()).toContainText('%');
  // The guidance fund's budget binds: refused stake purchases are counted, with the CNY refused.
  const budget = page.getByTestId('guidance-budget');
  await expect(page.getByRole('heading', { name: '引导基金的资金约束' })).toBeVisible();
  await expect(budget.locator('tr[data-key="guidanceFund.purchasesRefused"]')).toContainText(
    '引导基金拒绝的股权收购',
  );
  await expect(
    budget.locator('tr[data-key="guidanceFund.purchasesRefused"] td').first(),
  ).toHaveText(/^\s*\d[\d,]*\s*$/);
  await expect(
    budget.locator('tr[data-key="guidanceFund.purchasesRefusedCNY"] td').first(),
  ).toHaveText(/(万元|亿元|元)\s*$/);
  // The bank's peak NPL ratio says which quarters it is taken over.
  await expect(page.getByTestId('bank-measures')).toContainText('只计贷款余额不低于 1 亿元的季度');
  await expect(page.getByText('年度不良贷款率（余额加权）与容忍度 τ').first()).toBeVisible();
  const figures = page.locator('figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(9);
  await expect(page.locator('figure svg').first()).toBeVisible();
  await expect(page.getByText('链条：企业在各阶段间的流动').first()).toBeVisible();
  await expect(page.getByText('财政资金去向与回收').first()).toBeVisible();
  await expect(page.getByText('银行：不良率与容忍度').first()).toBeVisible();
  const cardsBefore = await headline(page);

  // Export the results as CSV: the file names the scenario hash, seed and trials.
  const download = page.waitForEvent('download');
  await page.getByTestId('download-csv').click();
  // The edited scenario's own id, not the preset's: runs of different edits do not share a name.
  expect((await download).suggestedFilename()).toMatch(
    /^hebei-2022-edited-[0-9a-f]{8}-results\.csv$/,
  );
  const csvPath = await (await download).path();
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toMatch(/^# engineVersion,\d+\.\d+\.\d+/);
  expect(csv).toMatch(/# scenarioHash,[0-9a-f]{64}/);
  expect(csv).toContain(`# trials,${TRIALS}`);
  expect(csv).toMatch(/\r\nkey,mean,stderr,p5,p25,p50,p75,p95,count,undefinedCount\r\n/);
  expect(csv).toMatch(/\r\nguidanceFund\.tvpi,[\d.]+,/);
  // The new keys, and none of the removed ones.
  expect(csv).toMatch(/\r\nchain\.leverage,[\d.]+,/);
  expect(csv).toMatch(/\r\ntreasury\.netCostCashPVCNY,-?[\d.e+]+,/);
  for (const removed of ['treasury.netCostPVCNY', 'treasury.leverage,', 'treasury.costPerFirm'])
    expect(csv).not.toContain(removed);

  // Compare with the scenario without concession, with common random numbers.
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('compare-with').selectOption('no-concession');
  await compareToEnd(page);
  await expect(page.getByTestId('compare-table')).toContainText('让利带来的 IRR 提升');
  await expect(page.getByTestId('side-b')).toHaveText('无让利（预设）');

  // The share link reproduces the same headline numbers in a new page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('tab-scenario').click();
  await page.getByTestId('share').click();
  const link = page.url();
  expect(link).toContain('#s=');
  const other = await context.newPage();
  await other.goto(link);
  await other.getByTestId('group-guidanceFund').click();
  await expect(other.locator('[data-path="concession.angelStageShare"] input')).toHaveValue('30');
  await runToEnd(other);
  expect(await headline(other)).toBe(cardsBefore);
  await other.close();

  // A broken scenario file is rejected with a clear error; the current scenario is intact.
  await page.getByTestId('import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ schemaVersion: 1, id: 'Broken!', concession: { angelStageShare: 4 } }),
    ),
  });
  await expect(page.getByTestId('notice')).toContainText('导入的场景有误');
  await expect(page.getByTestId('notice')).toContainText('concession.angelStageShare');
  await page.getByTestId('group-guidanceFund').click();
  await expect(page.locator('[data-path="concession.angelStageShare"] input')).toHaveValue('30');

  // Save, reload: the saved scenario is still there and opens.
  await page.getByTestId('save-name').fill('让利30%');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-message')).toHaveText(/已保存为“让利30%”/);
  await page.reload();
  await expect(page.getByTestId('saves')).toContainText('让利30%');
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('reset')).toBeDisabled();
  await page.getByTestId('saves').selectOption('让利30%');
  await page.getByTestId('open-save').click();
  await page.getByTestId('group-guidanceFund').click();
  await expect(page.locator('[data-path="concession.angelStageShare"] input')).toHaveValue('30');
  expect(errors).toEqual([]);
});
