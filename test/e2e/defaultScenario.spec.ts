import { expect, test } from '@playwright/test';

test('the page opens in Chinese on the default scenario and switches to English', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科技金融基金链模拟器');
  await expect(page.getByTestId('preset')).toHaveValue('hebei-2022');
  await expect(page.getByTestId('preset-description')).toContainText('让利');
  // The 40% concession of the Hebei plan is shown as a percentage, under the guidance fund.
  await page.getByTestId('group-guidanceFund').click();
  await expect(page.locator('[data-path="concession.angelStageShare"] input')).toHaveValue('40');
  await expect(page.locator('[data-path="concession.angelStageShare"]')).toContainText('%');

  await page.getByTestId('language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tech-finance fund-chain simulator',
  );
  // Money is in CNY m for an English reader: the seed fund's CNY 50M.
  await page.getByTestId('group-seedFund').click();
  await expect(page.locator('[data-path="funds.seedFund.commitmentCNY"]')).toContainText('CNY m');
  await expect(page.locator('[data-path="funds.seedFund.commitmentCNY"] input')).toHaveValue('50');
  expect(errors).toEqual([]);
});
