import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

// What several browser tests do: set the trial count, run to the end, catch console errors,
// check a page with axe-core, find text not in the page's language, and sideways overflow.

const require = createRequire(import.meta.url);
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

export async function setTrials(page: Page, trials: string): Promise<void> {
  await page.getByTestId('trials').fill(trials);
  await page.getByTestId('trials').press('Enter');
  await page.getByTestId('trials').blur();
}

/** Starts a run and waits for its end; the results tab is then shown. */
export async function runToEnd(page: Page): Promise<void> {
  await page.getByTestId('run').click();
  await expect(page.locator('main')).toHaveAttribute('data-run-status', 'done', {
    timeout: 180_000,
  });
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('cards')).toBeVisible();
}

/** Runs the comparison and waits for its table. */
export async function compareToEnd(page: Page): Promise<void> {
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('run-compare').click();
  await expect(page.locator('main')).toHaveAttribute('data-compare-status', 'done', {
    timeout: 180_000,
  });
  await expect(page.getByTestId('compare-table')).toBeVisible();
}

/** Every chart of the dashboard drawn (they draw as they come near the screen, or when idle). */
export async function allDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-lazy="waiting"]')).toHaveCount(0, { timeout: 30_000 });
}

/** Console errors and uncaught exceptions of a page, collected as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** axe-core's violations on the page as it is: rule, how many nodes, the first few targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
}

/** How far the page is wider than its window (0 when nothing overflows sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Elements that stick out past the right edge of the window, for a message when one does. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1 && !el.closest('[hidden]')) {
        // Inside a container that scrolls sideways on purpose (a wide table): not overflow.
        let scroller: Element | null = el.parentElement;
        let contained = false;
        while (scroller && scroller !== document.body) {
          const style = getComputedStyle(scroller);
          if (/(auto|scroll|hidden)/.test(style.overflowX)) {
            contained = scroller.getBoundingClientRect().right <= window.innerWidth + 1;
            break;
          }
          scroller = scroller.parentElement;
        }
        if (!contained)
          out.push(
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(r.right)}`,
          );
      }
    }
    return out.slice(0, 10);
  });
}

/**
 * Text of the page (and its titles, labels and placeholders) that is not in the page's language:
 * Latin words other than the terms Chinese readers use as they are (IRR, TVPI, GP, LPR…) on a
 * Chinese page, Chinese characters other than glossary terms on an English one. Text marked with
 * another language (`lang`: a quote, the language switch, a technical detail) is left out.
 */
export async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const zhPage = document.documentElement.lang.startsWith('zh');
    const LATIN_OK = new Set([
      'IRR',
      'TVPI',
      'DPI',
      'RVPI',
      'NAV',
      'GP',
      'LP',
      'LPs',
      'LPR',
      'NPL',
      'PME',
      'P5',
      'P25',
      'P75',
      'P95',
      'CSV',
      'JSON',
      'SVG',
      'PNG',
      'ILPA',
      'IPO',
      'J',
      'max',
      'sources',
      // The pacing model is known by its authors' names in Chinese too.
      'Takahashi',
      'Alexander',
    ]);
    // Chinese terms English pages (and the engine's English definitions) use as glossary terms.
    const CJK_OK =
      /^(让利|首贷|返投|尽职免责|新三板|上市培育|投贷联动|先投后贷|创新积分|创新积分贷|可转贷|十百千万|五个一|我省|省内|扣除政府引导基金|科技投资引导基金|概念验证种子基金|天使投资子基金|科技投资子基金|投贷联动子基金|贷款风险补偿|融资担保|独角兽定向贴息|首台|套|保险补贴|股权投资基金奖励|上市补助|苏科贷|股贷债租托|新苗计划|火炬创新积分贷|科技型企业早小模型|以贷引投|以投引贷|二|一|三|四)$/;
    const foreign = (el: Element | null) => {
      const lang = el?.closest('[lang]')?.getAttribute('lang') ?? '';
      return zhPage ? lang.startsWith('en') : lang.startsWith('zh');
    };
    const problems = new Set<string>();
    const check = (text: string, where: Element | null) => {
      if (!text.trim() || foreign(where) || where?.closest('code, script, style')) return;
      if (zhPage) {
        // Single letters are a formula's variables (r, t, q): not words.
        for (const word of text.match(/[A-Za-z][A-Za-z0-9’'_-]*/g) ?? [])
          if (word.length > 1 && !LATIN_OK.has(word))
            problems.add(`${word} ← “${text.trim().slice(0, 60)}”`);
      } else {
        for (const run of text.match(/[\u3400-\u9fff]+/g) ?? [])
          if (!CJK_OK.test(run)) problems.add(`${run} ← “${text.trim().slice(0, 60)}”`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      check(node.textContent ?? '', node.parentElement);
    for (const el of document.querySelectorAll(
      '[title], [aria-label], [placeholder], [aria-valuetext]',
    ))
      for (const attr of ['title', 'aria-label', 'placeholder', 'aria-valuetext'])
        check(el.getAttribute(attr) ?? '', el);
    return [...problems].slice(0, 30);
  });
}
