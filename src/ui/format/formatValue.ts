import type { Locale } from '../../engine/index.ts';
import { formatNumber } from './numberFormat.ts';
import { decimalsFor, roundToStep, significantStep } from './precision.ts';

/**
 * `x` at `step` (in its own unit), or at three significant digits, never finer than `finest`;
 * shown in `divisor`s (money in 万元 or 亿元).
 */
export function formatAtStep(
  x: number,
  locale: Locale,
  step: number | undefined,
  finest: number,
  divisor = 1,
): string {
  const s = Math.max(step && step > 0 ? step : significantStep(x, 3), finest);
  const rounded = roundToStep(x, s) / divisor;
  const decimals = Math.min(4, decimalsFor(s / divisor));
  // At a given step (a standard error's) the trailing zeros are digits too: 3.30 ± 0.05.
  return formatNumber(rounded, locale, decimals, step && step > 0 ? decimals : 0);
}

/**
 * Money for a reader of the language: 万元/亿元 in Chinese, CNY m/bn in English, at three
 * significant digits (or at `step` yuan, e.g. a standard error's), never in fractions of a yuan.
 */
export function formatMoneyCNY(amountCNY: number, locale: Locale, step?: number): string {
  const abs = Math.abs(amountCNY);
  const num = (divisor: number) => formatAtStep(amountCNY, locale, step, 1, divisor);
  if (locale === 'zh') {
    if (abs >= 1e8) return `${num(1e8)} 亿元`;
    if (abs >= 1e4) return `${num(1e4)} 万元`;
    return `${num(1)} 元`;
  }
  if (abs >= 1e9) return `CNY ${num(1e9)} bn`;
  if (abs >= 1e6) return `CNY ${num(1e6)} m`;
  return `CNY ${num(1)}`;
}

/** A share or rate as a percentage at three significant digits (or `step`), at most two decimals. */
export function formatPercent(fraction: number, locale: Locale, step?: number): string {
  return `${formatAtStep(fraction * 100, locale, step === undefined ? undefined : step * 100, 0.01)}%`;
}
