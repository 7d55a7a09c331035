import { expect, test } from '@playwright/test';

// The user's work is never lost: edits survive a reload (storage and the address), saves have
// one storage entry each, saving, renaming and deleting are confirmed, and replacing unsaved
// edits asks first.
test.describe.configure({ mode: 'serial' });

test('edits survive a reload, kept in storage and in the address as the user edits', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('group-guidanceFund').click();
  const input = page.locator('[data-path="concession.angelStageShare"] input');
  await input.fill('55');
  await input.press('Enter');
  // Text that is no number is the user's typing too: it is kept.
  const early = page.locator('[data-path="concession.earlyStageShare"] input');
  await early.fill('三成');
  await early.press('Enter');
  await expect(page).toHaveURL(/#s=/);
  await page.reload();
  await page.getByTestId('group-guidanceFund').click();
  await expect(input).toHaveValue('55');
  await expect(early).toHaveValue('三成');
  // With the address gone, storage still has it.
  await page.goto('/');
  await page.getByTestId('group-guidanceFund').click();
  await expect(input).toHaveValue('55');
});

test('saves are confirmed, one storage entry each; unsaved edits are not replaced without asking', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('group-guidanceFund').click();
  const input = page.locator('[data-path="concession.angelStageShare"] input');
  await input.fill('35');
  await input.press('Enter');
  await page.getByTestId('save-name').fill('甲方案');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-message')).toContainText('已保存为“甲方案”');
  const keys = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes('save:')),
  );
  expect(keys).toEqual(['fund-chain-simulator.save:甲方案']);

  // A damaged entry beside it: reported, and the good one still opens.
  await page.evaluate(() => localStorage.setItem('fund-chain-simulator.save:坏的', '{oops'));
  await page.reload();
  await expect(page.getByTestId('save-problems')).toContainText('“坏的”：已损坏，无法读取');

  // Unsaved edits: opening the save asks first; "keep" keeps them.
  await page.getByTestId('group-guidanceFund').click();
  await input.fill('70');
  await input.press('Enter');
  await page.getByTestId('saves').selectOption('甲方案');
  await page.getByTestId('open-save').click();
  await expect(page.getByTestId('question')).toContainText('1 处未保存的修改');
  await page.getByTestId('question-no').click();
  await expect(input).toHaveValue('70');
  await page.getByTestId('open-save').click();
  await page.getByTestId('question-yes').click();
  await expect(input).toHaveValue('35');

  // Rename and delete, each confirmed.
  await page.getByTestId('rename-save').click();
  await page.getByTestId('rename-input').fill('乙方案');
  await page.getByTestId('rename-ok').click();
  await expect(page.getByTestId('save-message')).toContainText('已将“甲方案”重命名为“乙方案”');
  await page.getByTestId('delete-save').click();
  await expect(page.getByTestId('question')).toContainText('将删除“乙方案”');
  await page.getByTestId('question-yes').click();
  await expect(page.getByTestId('save-message')).toContainText('已删除“乙方案”');
});
