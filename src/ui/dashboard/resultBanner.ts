import type { Locale, RunResult } from '../../engine/index.ts';
import { formatNumber } from '../format/numberFormat.ts';
import { t } from '../i18n/strings.ts';
import type { ResultStatus } from '../state/resultStatus.ts';

/**
 * What the dashboard says above a result that is not simply the complete result of the scenario
 * on screen: a first view, what a cancelled or failed run did, an earlier run's result, or a
 * result from before an edit. One line each; none for a complete, current result.
 */
export function resultBanner(
  status: ResultStatus | null,
  locale: Locale,
): { kind: 'partial' | 'cancelled' | 'failed' | 'previous' | 'stale'; text: string }[] {
  if (!status) return [];
  const fill = (text: string) =>
    text
      .replace('{done}', formatNumber(status.trialsDone, locale, 0))
      .replace('{total}', formatNumber(status.trials, locale, 0));
  const lines: ReturnType<typeof resultBanner> = [];
  switch (status.kind) {
    case 'partial':
      lines.push({ kind: 'partial', text: fill(t('partial', locale)) });
      break;
    case 'cancelled':
      lines.push({ kind: 'cancelled', text: fill(t('partialCancelled', locale)) });
      break;
    case 'failed':
      lines.push({ kind: 'failed', text: fill(t('partialFailed', locale)) });
      break;
    case 'previous':
      lines.push({
        kind: 'previous',
        text: t(status.newRunGoing ? 'previousWhileRunning' : 'previousResult', locale),
      });
      break;
    case 'complete':
      break;
    default:
      status.kind satisfies never;
  }
  if (status.stale) lines.push({ kind: 'stale', text: t('staleResult', locale) });
  return lines;
}

/**
 * The name of a result's files: the scenario's id, and for a result short of its run's trials how
 * far it got (`hebei-2022-partial-256-of-1000`), so a partial result is never taken for a whole.
 */
export function resultFileBase(
  result: Pick<RunResult, 'scenarioId'> | null,
  status: ResultStatus | null,
): string {
  const id = result?.scenarioId ?? 'scenario';
  if (!status || status.trialsDone >= status.trials) return id;
  return `${id}-partial-${status.trialsDone}-of-${status.trials}`;
}
