import { expect, test } from '@playwright/test';

test('the page opens in Chinese on the default scenario, parsed, and switches to English', async ({
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
  await expect(page.getByTestId('scenario-name')).toHaveText('河北 2022 科技金融链');
  await expect(page.getByTestId('parse-status')).toContainText('场景已通过校验');
  // The 40% concession of the Hebei plan is shown as a percentage, not as 0.4.
  await expect(page.getByRole('row', { name: /^concession\.angelStageShare / })).toContainText(
    '40%',
  );
  // Money is shown in 亿元/万元 for a Chinese reader.
  await expect(page.getByRole('row', { name: /^funds\.seedFund\.commitmentCNY / })).toContainText(
    '5,000 万元',
  );
  await page.screenshot({ path: 'test-results/default-scenario-zh.png' });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('scenario-name')).toHaveText('Hebei 2022 tech-finance chain');
  await expect(page.getByRole('row', { name: /^funds\.seedFund\.commitmentCNY / })).toContainText(
    'CNY 50 m',
  );
  await page.screenshot({ path: 'test-results/default-scenario-en.png' });
  expect(errors).toEqual([]);
});
