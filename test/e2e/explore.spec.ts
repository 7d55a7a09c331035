import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { axeViolations, collectErrors, setTrials, untranslated } from './helpers.ts';

// A user explores the policy: a sweep of τ (three points), a tornado of three parameters, a goal
// seek of the concession, each with few trials; the files parse with a standard CSV parser.
const SHOTS = process.env.EXPLORE_SHOTS ?? '/tmp/helperB';

/** Screenshots in both languages, and what axe-core and the language check find in each. */
async function shoot(page: Page, name: string): Promise<string[]> {
  const report: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const current = await page.locator('html').getAttribute('lang');
    if ((current === 'en') !== (lang === 'en')) await page.getByTestId('language').click();
    await page.screenshot({ path: `${SHOTS}/explore-${name}-${lang}.png`, fullPage: true });
    for (const v of await axeViolations(page)) report.push(`${lang}: ${v}`);
    for (const u of await untranslated(page)) report.push(`${lang} text: ${u}`);
  }
  await page.getByTestId('language').click();
  return report;
}

async function waitDone(page: Page) {
  await expect(page.getByTestId('explore')).toHaveAttribute('data-explore-status', 'done', {
    timeout: 60_000,
  });
}

test.describe.configure({ mode: 'serial' });

test('a sweep of τ over three points fills in a response curve, a table and a CSV', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('tab-explore').click();
  // A value outside the field's range is refused at the field; what was typed stays.
  await page.getByTestId('sweep-values-0').fill('1.5%, 3%, 150%');
  await page.getByTestId('run-sweep').click();
  await expect(page.getByTestId('sweep-error-0')).toContainText('1.5');
  await expect(page.getByTestId('sweep-values-0')).toHaveValue('1.5%, 3%, 150%');
  await page.getByTestId('sweep-values-0').fill('1.5%..6%:3');
  await page.getByTestId('sweep-trials').fill('24');
  await page.getByTestId('run-sweep').click();
  await waitDone(page);
  await expect(page.getByTestId('sweep-summary')).toContainText('不良容忍度');
  await expect(page.locator('[data-testid="sweep-table"] tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-testid="response-curve"] circle[data-base]')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByTestId('sweep-csv').click();
  const csv = csvParse(readFileSync(await (await download).path(), 'utf8'));
  expect(csv.columns.slice(0, 4)).toEqual([
    'point',
    'base',
    'bank.tolerance.nplToleranceShare',
    'metric',
  ]);
  const loans = csv.filter((r) => r.metric === 'bank.loansCNY');
  expect(loans.map((r) => Number(r['bank.tolerance.nplToleranceShare']))).toEqual([
    0.015, 0.0375, 0.06,
  ]);
  expect(loans.every((r) => Number.isFinite(Number(r.mean)))).toBe(true);
  expect(await shoot(page, 'sweep')).toEqual([]);
  expect(errors).toEqual([]);
});

test('a grid of two parameters shows a heat map; a sweep can be cancelled and what was typed stays', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('tab-explore').click();
  await page.getByTestId('sweep-values-0').fill('1.5%, 6%');
  await page.getByTestId('sweep-path-1').selectOption('concession.angelStageShare');
  await page.getByTestId('sweep-values-1').fill('0%, 60%');
  await page.getByTestId('sweep-trials').fill('16');
  await page.getByTestId('run-sweep').click();
  await waitDone(page);
  await expect(page.getByTestId('heat-cell')).toHaveCount(4);
  await expect(page.locator('[data-testid="sweep-table"] tbody tr')).toHaveCount(4);
  expect(await shoot(page, 'grid')).toEqual([]);
  // A long sweep, cancelled: it stops, says so, and the form is as the user left it.
  await page.getByTestId('sweep-trials').fill('2000');
  await page.getByTestId('run-sweep').click();
  await expect(page.getByTestId('explore-progress')).toBeVisible();
  await page.getByTestId('cancel-explore').click();
  await expect(page.getByTestId('explore')).toHaveAttribute('data-explore-status', 'cancelled');
  await expect(page.getByTestId('explore-cancelled')).toBeVisible();
  await page.getByTestId('tab-scenario').click();
  await page.getByTestId('tab-explore').click();
  await expect(page.getByTestId('sweep-values-1')).toHaveValue('0%, 60%');
  await expect(page.getByTestId('sweep-trials')).toHaveValue('2000');
  expect(errors).toEqual([]);
});

test('a tornado of three parameters ranks them by effect with standard errors', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('tab-explore').click();
  await page.getByTestId('mode-tornado').click();
  await expect(page.getByTestId('tornado-metric')).toHaveValue('treasury.netCostCashPVCNY');
  await page.getByTestId('tornado-none').click();
  const rows = page.getByTestId('tornado-ranges');
  for (const path of [
    'concession.angelStageShare',
    'bank.tolerance.nplToleranceShare',
    'fiscal.riskCompensation.coverageShare',
  ])
    await rows.locator(`tr[data-range-path="${path}"] input[type="checkbox"]`).check();
  // A low end outside the field's range is refused at its row; the typed text stays.
  const low = rows
    .locator('tr[data-range-path="concession.angelStageShare"] input[type="text"]')
    .first();
  await low.fill('-20%');
  await page.getByTestId('tornado-trials').fill('24');
  await page.getByTestId('run-tornado').click();
  await expect(rows.getByTestId('tornado-error-row')).toContainText('-0.2');
  await expect(low).toHaveValue('-20%');
  await low.fill('0%');
  await page.getByTestId('run-tornado').click();
  await waitDone(page);
  const bars = page.getByTestId('tornado-bar');
  await expect(bars).toHaveCount(3);
  await expect(page.getByTestId('tornado-summary')).toContainText('财政净成本');
  const download = page.waitForEvent('download');
  await page.getByTestId('tornado-csv').click();
  const csv = csvParse(readFileSync(await (await download).path(), 'utf8'));
  expect(csv).toHaveLength(3);
  // Sorted by the size of the effect, each with its standard error; the chart in that order.
  const effects = csv.map((r) => Math.abs(Number(r.effect)));
  expect([...effects].sort((a, b) => b - a)).toEqual(effects);
  expect(csv.every((r) => Number(r.effectStderr) >= 0 && r.source !== '')).toBe(true);
  const order = await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-parameter')));
  expect(order).toEqual(csv.map((r) => r.parameter));
  expect(await shoot(page, 'tornado')).toEqual([]);
  expect(errors).toEqual([]);
});

test('a goal seek finds the concession for a target, or says it is not reachable', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('tab-explore').click();
  await page.getByTestId('mode-seek').click();
  await page.getByTestId('seek-trials').fill('24');
  await page.getByTestId('seek-runs').fill('4');
  // A target that is no number is refused at its field.
  await page.getByTestId('seek-target').fill('eight');
  await page.getByTestId('run-seek').click();
  await expect(page.getByTestId('seek-error-target')).toContainText('eight');
  // Private LPs' mean IRR far beyond what any concession gives: not reachable in 0–60%.
  await page.getByTestId('seek-metric').selectOption('angelFunds.privateLP.irr');
  await page.getByTestId('seek-statistic').selectOption('mean');
  await page.getByTestId('seek-target').fill('900%');
  await page.getByTestId('run-seek').click();
  await waitDone(page);
  await expect(page.getByTestId('seek-result')).toHaveAttribute('data-status', 'notReachable');
  await expect(page.getByTestId('seek-unreachable')).toHaveText('在此范围内达不到目标');
  const runs = page.locator('[data-testid="seek-runs-table"] tbody tr');
  await expect(runs).toHaveCount(2);
  // A target between the two ends' values is reachable.
  const cells = await runs.locator('td:nth-child(3)').allTextContents();
  const [a, b] = cells.map((c) => Number(c.replace(/[^0-9.−-]/g, '').replace('−', '-')));
  await page.getByTestId('seek-target').fill(`${((a! + b!) / 2).toFixed(3)}%`);
  await page.getByTestId('run-seek').click();
  await waitDone(page);
  await expect(page.getByTestId('seek-result')).toHaveAttribute('data-status', 'found');
  await expect(page.getByTestId('seek-summary')).toContainText('达到目标');
  const download = page.waitForEvent('download');
  await page.getByTestId('seek-csv').click();
  const csv = csvParse(readFileSync(await (await download).path(), 'utf8'));
  expect(csv.columns).toEqual(['run', 'value', 'statistic', 'stderr']);
  // Both ends at least; with so few trials the bracket is soon narrower than the noise.
  expect(csv.length).toBeGreaterThanOrEqual(2);
  expect(csv.every((r) => Number.isFinite(Number(r.statistic)))).toBe(true);
  expect(await shoot(page, 'seek')).toEqual([]);
  expect(errors).toEqual([]);
});

test('a three-way comparison: the edited scenario, its preset and another, with differences from the first', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await setTrials(page, '24');
  await page.getByTestId('group-guidanceFund').click();
  const concession = page.locator('[data-path="concession.angelStageShare"] input');
  await concession.fill('60%');
  await concession.press('Enter');
  await page.getByTestId('tab-compare').click();
  const many = page.getByTestId('many-compare');
  await expect(many.getByTestId('many-entry')).toHaveCount(2);
  await many.getByTestId('many-add-choice').selectOption('preset:no-concession');
  await many.getByTestId('many-add').click();
  await expect(many.getByTestId('many-entry')).toHaveCount(3);
  await many.getByTestId('run-many').click();
  await expect(many).toHaveAttribute('data-many-status', 'done', { timeout: 60_000 });
  await expect(many.getByTestId('many-card')).toHaveCount(3);
  await expect(many.getByTestId('many-card').first()).toContainText('当前方案（已修改 1 处）');
  await expect(many.getByTestId('many-card').nth(1)).toContainText('河北 2022 科技金融链（预设）');
  // Every headline: the first's median, then each other's with its difference ± standard error.
  const row = many.locator('tr[data-key="treasury.netCostCashPVCNY"] td');
  await expect(row).toHaveCount(3);
  await expect(row.nth(1)).toContainText('±');
  await expect(many.getByTestId('many-summary').locator('p')).toHaveCount(2);
  await expect(many.getByTestId('multi-fan')).toHaveCount(2);
  // The two-way comparison above is untouched.
  await expect(page.getByTestId('run-compare')).toBeVisible();
  // A field outside the plausible-range catalog (concession.enabled) is named by its editor label.
  const report = await shoot(page, 'compare3');
  expect(report).toEqual([]);
  expect(errors).toEqual([]);
});
