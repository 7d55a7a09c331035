import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  collectErrors,
  compareToEnd,
  runToEnd,
  setTrials,
  untranslated,
} from './helpers.ts';

// The fund-raising programme in the editor: its fields in both languages, a change to the LPs'
// response that moves what the programme raises, a programme added to the default scenario (and
// taken out again), and bad input kept at its field.
test.describe.configure({ mode: 'serial' });

const RAISED = 'fundRaising.privateCapitalRaisedCNY';
const required = '[data-path="fundRaising.lpResponse.requiredReturnPerYear"]';

/** The run's result as downloaded: each metric's statistics. */
async function downloadedMetrics(page: Page): Promise<Record<string, { mean: number | null }>> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-json').click();
  const file = await (await downloading).path();
  return (
    JSON.parse(readFileSync(file, 'utf8')) as {
      metrics: Record<string, { mean: number | null }>;
    }
  ).metrics;
}

/** An amount of the compare table in yuan: '8.88 亿元', '2,400 万元', '0 元'. */
function yuan(text: string): number {
  const match = /(−|-)?([\d,.]+)\s*(亿元|万元|元)/.exec(text);
  if (!match) throw new Error(`not an amount in 元, 万元 or 亿元: ${text}`);
  const unit = match[3] === '亿元' ? 1e8 : match[3] === '万元' ? 1e4 : 1;
  const n = Number(match[2]!.replace(/,/g, '')) * unit;
  return match[1] ? -n : n;
}

test('on the programme preset, a higher required return raises less private capital', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('preset').selectOption('hebei-2022-programme');
  await setTrials(page, '64');
  await page.getByTestId('group-fundRaising').click();
  await expect(page.locator('#group-heading')).toHaveText('子基金募集计划');
  await expect(page.getByTestId('programme-own')).toContainText('此计划属于预设本身');
  await expect(page.getByTestId('remove-programme')).toHaveCount(0);
  // The parts of the programme; the offers are closed until opened, each named by its kind.
  await expect(page.getByTestId('programme-toggle-general')).toContainText('发起年份与预算');
  await expect(page.getByTestId('programme-toggle-angel')).toContainText('天使子基金发起');
  await expect(page.getByTestId('programme-toggle-angel')).toContainText('每年 1 支');
  await expect(page.getByTestId('programme-toggle-lpResponse')).toContainText('社会出资人的反应');
  await expect(page.locator('[data-path="fundRaising.offerYears.1"] label')).toHaveText(
    '发起年份（第2项）',
  );
  await expect(page.locator('[data-path="fundRaising.annualBudgetCNY"] .unit')).toHaveText('万元');
  await expect(page.locator('[data-path="fundRaising.unspentBudget"] select')).toHaveValue(
    'carryForward',
  );
  await expect(
    page.locator('[data-path="fundRaising.unspentBudget"] option[value="carryForward"]'),
  ).toHaveText('结转下一年');
  await page.getByTestId('programme-toggle-angel').click();
  const target = page.locator('[data-path="fundRaising.angel.terms.commitmentCNY"]');
  await expect(target.locator('label')).toHaveText('目标认缴规模');
  await expect(target.locator('input')).toHaveValue('20000');
  expect(await untranslated(page)).toEqual([]);

  // Before: the preset as it is.
  await runToEnd(page);
  const before = (await downloadedMetrics(page))[RAISED]!.mean!;
  expect(before).toBeGreaterThan(0);

  // LPs who require 12% rather than 8% a year.
  await page.getByTestId('tab-scenario').click();
  const input = page.locator(`${required} input`);
  await expect(input).toHaveValue('8');
  await expect(page.locator(`${required} .unit`)).toHaveText('%/年');
  await input.fill('12');
  await input.press('Enter');
  await expect(page.locator(required).getByTestId('changed-mark')).toContainText('预设值 8%/年');
  await expect(page.getByTestId('group-fundRaising')).toContainText('1');
  await runToEnd(page);
  const after = (await downloadedMetrics(page))[RAISED]!.mean!;
  expect(after).toBeLessThan(before);

  // The comparison says the same, trial by trial, in the metric's words.
  await compareToEnd(page);
  // (The trial count is how the run is made, not a change of the model.)
  await expect(page.getByTestId('side-a')).toHaveText(
    '当前方案（已修改 1 处：要求年化净收益率 12%/年）',
  );
  const row = page.locator(`tr[data-key="${RAISED}"]`);
  await expect(row.locator('th')).toContainText('募集社会资本');
  const a = yuan((await row.locator('td').nth(0).textContent()) ?? '');
  const b = yuan((await row.locator('td').nth(1).textContent()) ?? '');
  expect(a).toBeLessThan(b);
  await expect(row.locator('td').nth(2)).toHaveText(
    /^−[\d,.]+\s[万亿]元\s±\s[\d,.]+\s[万亿]元\s*$/,
  );
  expect(errors).toEqual([]);
});

test('on the default scenario, the programme is added, runs, and is taken out again', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('language').click();
  await setTrials(page, '64');
  await page.getByTestId('group-fundRaising').click();
  await expect(page.locator('#group-heading')).toHaveText('Fund-raising programme');
  await expect(page.getByTestId('programme-none')).toHaveText(
    'This scenario has no fund-raising programme: only the listed sub-funds, each closing at its commitment.',
  );
  expect(await untranslated(page)).toEqual([]);
  await page.getByTestId('add-programme').click();

  // The programme's fields, in English and in English units; the listed sub-funds stay.
  await expect(page.getByTestId('programme-added')).toContainText('You added this programme');
  await expect(page.locator(`${required} label`)).toHaveText('Required net return');
  await expect(page.locator(`${required} input`)).toHaveValue('8');
  await expect(page.locator(`${required} .unit`)).toHaveText('% a year');
  await expect(page.locator('[data-path="fundRaising.annualBudgetCNY"] input')).toHaveValue('200');
  await expect(page.locator('[data-path="fundRaising.annualBudgetCNY"] .unit')).toHaveText('CNY m');
  await expect(page.getByTestId('group-fundRaising')).toContainText('1');
  await expect(page.getByTestId('group-angelFunds')).not.toContainText(/\d/);
  // A third offer year, and back.
  await page.getByTestId('add-offer-year').click();
  await expect(page.locator('[data-path="fundRaising.offerYears.2"] input')).toHaveValue('2');
  await expect(page.locator('[data-path="fundRaising.offerYears.2"] label')).toHaveText(
    'Offer year #3',
  );
  await page.getByTestId('remove-offer-year').click();
  await expect(page.locator('[data-path="fundRaising.offerYears.2"]')).toHaveCount(0);
  await page.getByTestId('programme-toggle-bankLinked').click();
  await expect(
    page.locator('[data-path="fundRaising.bankLinked.terms.name.en"] input'),
  ).toHaveValue('Bank-linked sub-fund (programme)');
  expect(await untranslated(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // The edit is kept as any other: in the address and in storage.
  await expect(page).toHaveURL(/#s=/);
  await page.reload();
  await page.getByTestId('group-fundRaising').click();
  await expect(page.getByTestId('programme-added')).toBeVisible();

  // The run has the programme: two years of an angel, a tech and a bank-linked offer.
  await runToEnd(page);
  const metrics = await downloadedMetrics(page);
  expect(metrics['fundRaising.fundsOffered']?.mean).toBe(6);
  expect(metrics[RAISED]?.mean).toBeGreaterThan(0);

  // Taken out: the default scenario again, with only the trial count changed.
  await page.getByTestId('tab-scenario').click();
  await page.getByTestId('remove-programme').click();
  await expect(page.getByTestId('programme-none')).toBeVisible();
  await expect(page.getByTestId('group-fundRaising')).not.toContainText(/\d/);
  await expect(page.getByTestId('add-programme')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a bad value in the programme is kept at its field, named, and found from another tab', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('preset').selectOption('hebei-2022-programme');
  await page.getByTestId('group-fundRaising').click();
  const row = page.locator('[data-path="fundRaising.lpResponse.minCloseShare"]');
  await expect(row.getByTestId('range')).toHaveText('取值范围：0% – 100%');
  await row.locator('input').fill('150');
  await row.locator('input').press('Enter');
  await expect(row.locator('input')).toHaveValue('150');
  await expect(row.getByTestId('field-error')).toHaveText('应不大于 100%（输入为 150%）');
  await expect(page.getByTestId('issues-link')).toHaveText('1 个参数有误：最低募集比例');
  await expect(page.getByTestId('run')).toBeDisabled();
  await row.locator('input').fill('50');
  await row.locator('input').press('Enter');

  // An offer's quarter past the year, in a closed offer: the link opens it and focuses the field.
  await page.getByTestId('programme-toggle-tech').click();
  const quarter = page.locator('[data-path="fundRaising.tech.terms.vintageQuarter"]');
  await quarter.locator('input').fill('5');
  await quarter.locator('input').press('Enter');
  await expect(quarter.getByTestId('field-error')).toHaveText(
    '年内发起季度应为 0–3（输入为 5 季）',
  );
  await page.getByTestId('programme-toggle-tech').click();
  await expect(quarter).toBeHidden();
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('issues-link')).toHaveText(
    '1 个参数有误：科技子基金发起·年内发起季度',
  );
  await page.getByTestId('issues-link').click();
  await expect(quarter.locator('input')).toBeFocused();
  await expect(quarter.locator('input')).toHaveValue('5');
  await page.getByTestId('language').click();
  await expect(quarter.getByTestId('field-error')).toHaveText(
    'The quarter within the year must be 0 to 3 (you entered 5 quarters)',
  );
  await expect(quarter.getByTestId('range')).toHaveText('Range: 0 quarters – 3 quarters');
  expect(errors).toEqual([]);
});
