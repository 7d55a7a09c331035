import { expect, test } from '@playwright/test';
import { collectErrors, setTrials } from './helpers.ts';

// Runs that respect the user: the results tab opens once, at the first partial result, and
// never again; a field being edited keeps its focus; results say what they are.
test.describe.configure({ mode: 'serial' });

test('the results tab opens once at the first partial result, never again, and the field being edited keeps its focus', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await setTrials(page, '640');
  await page.getByTestId('run').click();
  // The first partial result opens the results tab, labelled as partial.
  await expect(page.getByTestId('tab-results')).toHaveAttribute('aria-selected', 'true', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('result-status-partial')).toContainText('初步结果');
  // The user goes back to edit while the run goes on.
  await page.getByTestId('tab-scenario').click();
  await page.getByTestId('group-guidanceFund').click();
  const field = page.locator('[data-path="concession.angelStageShare"] input');
  await field.click();
  await field.fill('4');
  // More partial results arrive (every 2 s) while the user types; the tab and the focus stay.
  const switches: string[] = [];
  const until = Date.now() + 6_000;
  while (Date.now() < until) {
    await page.waitForTimeout(250);
    if ((await page.getByTestId('tab-scenario').getAttribute('aria-selected')) !== 'true')
      switches.push('tab');
    if (!(await field.evaluate((el) => el === document.activeElement))) switches.push('focus');
  }
  expect(switches).toEqual([]);
  // What the user typed is still there: the partial results did not redraw it away.
  await expect(field).toHaveValue('4');
  await field.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-run-status', 'done', {
    timeout: 90_000,
  });
  await expect(page.getByTestId('tab-scenario')).toHaveAttribute('aria-selected', 'true');
  // The edit made during the run: the result is from before it.
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('result-status-stale')).toContainText('参数已修改');
  expect(errors).toEqual([]);
});

test('a cancelled run’s result is labelled partial; a new run does not call the old result its own', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await setTrials(page, '960');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('result-status-partial')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('result-status-cancelled')).toContainText('模拟已取消');
  await expect(page.getByTestId('result-status-cancelled')).toContainText('/960');
  // A new run: until its own first view, the old result is called the previous one.
  await page.getByTestId('run').click();
  await expect(page.getByTestId('result-status-previous')).toContainText('上一次模拟的结果');
  await expect(page.getByTestId('result-status-partial')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('cancel').click();
});

test('once the page has warmed its workers up, the first view comes from the first 4 trials, then whole blocks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await setTrials(page, '640');
  // The page warms its workers up when it is idle, and says when it has.
  await expect(page.locator('main')).toHaveAttribute('data-pool', 'warm', { timeout: 60_000 });
  // Every partial banner the page shows, as it shows it (the first lasts about a second).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { banners: string[] }).banners = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="result-status-partial"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('run').click();
  await expect(page.locator('main')).toHaveAttribute('data-run-status', 'done', {
    timeout: 90_000,
  });
  const banners = await page.evaluate(() => (window as unknown as { banners: string[] }).banners);
  expect(banners[0]).toContain(' 4/640');
  expect(banners.slice(1).every((b) => !b.includes(' 4/640'))).toBe(true);
  expect(banners.length).toBeGreaterThan(1);
  // The run's result is whole once it is done.
  await expect(page.getByTestId('result-status-partial')).toHaveCount(0);
  expect(errors).toEqual([]);
});
