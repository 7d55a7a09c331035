import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers.ts';

// Input the way people type it: '60%', full-width '６０', grouped digits; bad input kept as typed
// with a message in the user's units; a repeated fund id refused in place; errors link to fields.
test.describe.configure({ mode: 'serial' });

test('a field takes “60%” and “６０”, keeps what it cannot read, and says why in its own units', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('group-guidanceFund').click();
  const row = page.locator('[data-path="concession.angelStageShare"]');
  const input = row.locator('input');
  for (const typed of ['60%', '60 %', '６０', '６０％']) {
    await input.fill(typed);
    await input.press('Enter');
    await expect(input).toHaveValue('60');
    await expect(row.getByTestId('changed-mark')).toContainText('预设值 40%');
  }
  // Money with digit grouping and in 亿: the seed fund's commitment of 5,000 万元.
  await page.getByTestId('group-seedFund').click();
  const money = page.locator('[data-path="funds.seedFund.commitmentCNY"] input');
  await money.fill('8,000');
  await money.press('Enter');
  await expect(money).toHaveValue('8000');
  await money.fill('1亿');
  await money.press('Enter');
  await expect(money).toHaveValue('10000');

  // Out of range: the message is in %, the value stays as typed.
  await page.getByTestId('group-guidanceFund').click();
  await input.fill('140');
  await input.press('Enter');
  await expect(input).toHaveValue('140');
  await expect(row.getByTestId('field-error')).toHaveText('应不大于 100%（输入为 140%）');
  // 1e309 is too large for any number: kept, never an empty field.
  await input.fill('1e309');
  await input.press('Enter');
  await expect(input).toHaveValue('1e309');
  await expect(row.getByTestId('field-error')).toContainText('超出可计算的范围');
  // The trial count and the seed stay as they were while another field is wrong.
  await expect(page.getByTestId('trials')).toHaveValue('1000');
  await expect(page.getByTestId('seed')).toHaveValue('2022');
  await expect(page.getByTestId('run')).toBeDisabled();

  // "1 个参数有误" goes to the field and puts the cursor in it, from another tab.
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('issues-link')).toHaveText('1 个参数有误：天使期让利比例');
  await page.getByTestId('issues-link').click();
  await expect(page.getByTestId('tab-scenario')).toHaveAttribute('aria-selected', 'true');
  await expect(input).toBeFocused();
  await input.fill('45');
  await input.press('Enter');
  await expect(page.getByTestId('issues')).toHaveCount(0);
  await expect(page.getByTestId('run')).toBeEnabled();

  // In English, the same message in English.
  await input.fill('abc');
  await input.press('Enter');
  await page.getByTestId('language').click();
  await expect(row.getByTestId('field-error')).toHaveText(
    '“abc” is not a number: enter one such as 60%',
  );
  expect(errors).toEqual([]);
});

test('a repeated sub-fund id is refused at the fund, with a clear message', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('group-angelFunds').click();
  await page.getByTestId('fund-toggle').nth(1).click();
  const id = page.locator('[data-path="funds.angelFunds.1.id"]');
  await id.locator('input').fill('angel-1');
  await id.locator('input').press('Enter');
  await expect(id.getByTestId('field-error')).toContainText(
    '代码 “angel-1” 已被另一支基金（或行业）使用',
  );
  await expect(page.getByTestId('issues-link')).toContainText('1 个参数有误');
});

test('the angel sub-funds: a heading per fund, and a shared field set for all at once', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('group-angelFunds').click();
  await expect(page.getByTestId('fund-toggle')).toHaveText([
    /天使投资子基金一/,
    /天使投资子基金二/,
    /天使投资子基金三/,
    /天使投资子基金四/,
  ]);
  const shared = page.locator('[data-shared="guidanceFundShare"]');
  await shared.locator('input').fill('25%');
  await shared.getByTestId('apply-all').click();
  await expect(shared).toContainText('已应用于 4 支基金');
  // Each fund has it, and each can still be set on its own.
  await page.getByTestId('fund-toggle').nth(3).click();
  const fourth = page.locator('[data-path="funds.angelFunds.3.guidanceFundShare"] input');
  await expect(fourth).toHaveValue('25');
  await fourth.fill('20');
  await fourth.press('Enter');
  await expect(shared.locator('input')).toHaveAttribute('placeholder', /各基金不同：20% – 25%/);
  await expect(page.getByTestId('group-angelFunds')).toContainText('4');
});

test('the search finds a field by its label in either language, or by its path', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByTestId('field-search');
  for (const query of ['天使期让利', 'concession angel', 'concession.angelStageShare']) {
    await search.fill(query);
    await expect(page.locator('[data-path="concession.angelStageShare"]')).toBeVisible();
  }
  await search.fill('no such field at all');
  await expect(page.getByTestId('search-count')).toHaveText('0 个结果');
});
