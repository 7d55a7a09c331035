import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  allDrawn,
  axeViolations,
  collectErrors,
  overflowingElements,
  runToEnd,
  setTrials,
  sidewaysOverflow,
  untranslated,
} from './helpers.ts';

// A fund-raising programme on the dashboard: the sub-funds offered and closed by year and type,
// the private capital raised and the guidance fund's commitments against its budget by year, and
// the programme's headline numbers, in the page's language; a scenario without a programme has
// none of it.
test.describe.configure({ mode: 'serial' });

/** The chart frame (figure) whose title is `title`. */
const frame = (section: Locator, title: string) =>
  section
    .locator('figure.chart-frame')
    .filter({ has: section.page().getByRole('heading', { name: title, exact: true }) });

async function checkPage(page: Page, where: string) {
  // A chart drawn before a language switch is redrawn as it comes near the screen: read the page
  // top to bottom, as a reader would, before looking for text in the other language.
  for (const lazy of await page.locator('[data-lazy]').all()) await lazy.scrollIntoViewIfNeeded();
  await expect.poll(() => untranslated(page), { message: where }).toEqual([]);
  expect(await axeViolations(page), where).toEqual([]);
  const overflow = await sidewaysOverflow(page);
  expect(overflow, `${where}: ${(await overflowingElements(page)).join('; ')}`).toBeLessThanOrEqual(
    0,
  );
}

/** The section as a whole, and each of its parts apart (a phone's long page is hard to read). */
async function shoot(section: Locator, name: string) {
  await section.screenshot({ path: test.info().outputPath(`${name}.png`) });
  for (const part of ['cards', 'counts', 'private', 'committed', 'table'])
    await section
      .getByTestId(`fund-raising-${part}`)
      .screenshot({ path: test.info().outputPath(`${name}-${part}.png`) });
}

test('the programme preset’s dashboard shows its sub-funds, private capital and budget by year, in Chinese and in English', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByTestId('preset').selectOption('hebei-2022-programme');
  await setTrials(page, '64');
  await runToEnd(page);
  await allDrawn(page);
  const section = page.getByTestId('fund-raising');
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('子基金募集计划');

  // Headline cards, labelled from the metric catalog.
  const cards = section.getByTestId('fund-raising-cards').locator('article.metric-card');
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0)).toHaveAttribute('aria-label', '募集计划：发起子基金数');
  await expect(cards.nth(0).locator('.big')).toHaveText('6');
  await expect(cards.nth(2)).toHaveAttribute('aria-label', '募集计划：募集社会资本');
  await expect(cards.nth(2).locator('.big')).toContainText(/亿元|万元/);
  await expect(section.getByTestId('fund-raising-table')).toContainText('募集计划：未使用预算');

  // Offers and closes: the preset offers in its first two years only, one of each kind a year.
  const counts = frame(section, '各年发起与设立的子基金（按类型）');
  await expect(counts.locator('svg[data-chart]')).toHaveAttribute(
    'aria-label',
    '各年发起与设立的子基金（按类型）',
  );
  await expect(counts.locator('svg text.category')).toHaveText(['第1年', '第2年']);
  for (const entry of [
    '天使投资子基金',
    '科技投资子基金',
    '投贷联动子基金',
    '已设立（实心）',
    '发起未设立（空心）',
  ])
    await expect(counts.locator('.legend')).toContainText(entry);
  await expect(counts.locator('svg[data-chart]')).toContainText('子基金数（支，各次模拟均值）');
  await expect(counts.locator('svg text.value').first()).toHaveText(/^设立 [\d.]+ \/ 发起 3$/);
  await counts.getByRole('button', { name: '显示数据表' }).click();
  await expect(counts.locator('table thead')).toContainText('天使：发起');
  await expect(counts.locator('table tbody tr').first()).toContainText('第1年');
  await expect(counts.locator('table tbody tr')).toHaveCount(2);

  // Money by year, in 万元/亿元, with whiskers; the budget as a rule on the commitments.
  const raised = frame(section, '各年募集的社会资本');
  await expect(raised.locator('svg text.category')).toHaveText(['第1年', '第2年']);
  await expect(raised.locator('svg path.error')).toHaveCount(2);
  await expect(raised.locator('svg[data-chart]')).toContainText('社会资本认缴额（元）');
  await expect(raised.locator('svg text').filter({ hasText: '亿元' }).first()).toBeVisible();
  const committed = frame(section, '各年引导基金认缴与当年预算');
  await expect(committed.locator('svg line.mark')).toHaveCount(2);
  await expect(committed.locator('.legend')).toContainText('当年预算（中位数）');
  // The label right of the budget rule says which number is the budget.
  await expect(committed.locator('svg text.value').first()).toHaveText(
    /^[\d.]+ 亿元（预算 2 亿元）$/,
  );
  await expect(committed.locator('.legend')).toContainText('P5–P95');
  await committed.getByRole('button', { name: '显示数据表' }).click();
  await expect(committed.locator('table thead')).toContainText('当年预算（中位数）');
  await expect(committed.locator('table tbody tr').first()).toContainText('亿元');

  await checkPage(page, 'zh 1280');
  await shoot(section, 'fund-raising-zh-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await allDrawn(page);
  await checkPage(page, 'zh 390');
  await shoot(section, 'fund-raising-zh-390');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('language').click();
  await allDrawn(page);
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('The fund-raising programme');
  await expect(cards.nth(1)).toHaveAttribute('aria-label', 'Programme: sub-funds closed');
  const countsEn = frame(section, 'Sub-funds offered and closed by year and type');
  await expect(countsEn.locator('svg text.category')).toHaveText(['Y1', 'Y2']);
  for (const entry of [
    'Angel sub-funds',
    'Tech sub-funds',
    'Bank-linked sub-funds',
    'Closed (solid)',
    'Offered, not closed (outline)',
  ])
    await expect(countsEn.locator('.legend')).toContainText(entry);
  await expect(countsEn.locator('svg[data-chart]')).toContainText('Sub-funds (mean over trials)');
  await expect(countsEn.locator('svg text.value').first()).toHaveText(/^[\d.]+ of 3 closed$/);
  const raisedEn = frame(section, 'Private capital raised by year');
  await expect(raisedEn.locator('svg[data-chart]')).toContainText('Private commitments (CNY)');
  await expect(
    raisedEn
      .locator('svg text')
      .filter({ hasText: /^CNY [\d.]+ m$/ })
      .first(),
  ).toBeVisible();
  const committedEn = frame(section, 'Guidance-fund commitments by year against the budget');
  await expect(committedEn.locator('.legend')).toContainText('The year’s budget (median)');
  await checkPage(page, 'en 1280');
  await shoot(section, 'fund-raising-en-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await allDrawn(page);
  await checkPage(page, 'en 390');
  await shoot(section, 'fund-raising-en-390');
  expect(errors).toEqual([]);
});

test('the default scenario’s dashboard has no fund-raising section, in either language', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await setTrials(page, '64');
  await runToEnd(page);
  await allDrawn(page);
  await expect(page.getByTestId('budget-by-year')).toBeVisible();
  await expect(page.getByTestId('fund-raising')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '子基金募集计划', exact: true })).toHaveCount(0);
  await page.getByTestId('language').click();
  await expect(page.getByTestId('budget-by-year')).toBeVisible();
  await expect(page.getByTestId('fund-raising')).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: 'The fund-raising programme', exact: true }),
  ).toHaveCount(0);
  expect(errors).toEqual([]);
});
