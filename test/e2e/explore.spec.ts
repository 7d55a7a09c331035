import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { collectErrors } from './helpers.ts';

// A user explores the policy: a sweep of τ (three points), a tornado of three parameters, a goal
// seek of the concession, each with few trials; the files parse with a standard CSV parser.
const SHOTS = process.env.EXPLORE_SHOTS ?? '/tmp/helperB';

async function shoot(page: Page, name: string) {
  for (const lang of ['zh', 'en'] as const) {
    const current = await page.locator('html').getAttribute('lang');
    if ((current === 'en') !== (lang === 'en')) await page.getByTestId('language').click();
    await page.screenshot({ path: `${SHOTS}/explore-${name}-${lang}.png`, fullPage: true });
  }
  await page.getByTestId('language').click();
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
  await expect(page.getByTestId('sweep-error-0')).toContainText('150%'.length > 0 ? '1.5' : '');
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
  await shoot(page, 'sweep');
  expect(errors).toEqual([]);
});
