import { perYuanScaleCNY, type PerFiscalYuan } from '../run/perFiscalYuan.ts';
import type { Locale } from '../scenario/messages.ts';
import { formatMetricDifference } from './summaryFormat.ts';

/** What the summary names, in this order: money per yuan, then firms per 亿元. */
const NAMED: ReadonlyArray<{ key: string; zh: string; en: string }> = [
  {
    key: 'fundRaising.privateCapitalRaisedCNY',
    zh: '募集社会资本',
    en: 'private capital raised',
  },
  {
    key: 'bank.chainNewCreditCNY',
    zh: '支持企业新增贷款',
    en: 'new credit to backed firms',
  },
  { key: 'firms.supported', zh: '支持企业', en: 'firms backed' },
];

/**
 * One sentence on what each extra yuan of treasury spending bought (a − b), or null when the
 * spending does not differ distinguishably (then a ratio would say nothing).
 */
export function perYuanSentence(bases: PerFiscalYuan | null, locale: Locale): string | null {
  const spending = bases?.find((b) => b.costKey === 'treasury.spentCNY');
  if (!spending || spending.status !== 'ok' || spending.cost.mean === null) return null;
  const zh = locale === 'zh';
  const parts = NAMED.flatMap(({ key, ...label }) => {
    const o = spending.outcomes[key];
    if (!o || o.perYuan === null || o.stderr === null) return [];
    const scale = perYuanScaleCNY(key);
    const perHundredMillion = scale !== 1;
    const f = formatMetricDifference('count', o.perYuan * scale, o.stderr * scale, locale, true);
    // Within two standard errors of zero: said so, as every difference in a summary is.
    const unclear = Math.abs(o.perYuan) <= 2 * o.stderr;
    const error = unclear
      ? zh
        ? `${f.stderr}，与零无法区分`
        : `${f.stderr}, not distinguishable from zero`
      : f.stderr;
    return [
      zh
        ? `${label.zh} ${f.amount}${perHundredMillion ? ' 家/亿元' : ' 元'}（${error}）`
        : perHundredMillion
          ? `${f.amount} ${label.en} per CNY 100m (${error})`
          : `${f.amount} yuan of ${label.en} (${error})`,
    ];
  });
  if (parts.length === 0) return null;
  const more = spending.cost.mean > 0;
  return zh
    ? `每${more ? '多' : '少'}支出 1 元财政资金：${parts.join('，')}。`
    : `Per ${more ? 'extra' : 'saved'} yuan of treasury spending: ${parts.join(', ')}.`;
}

/** A summary sentence followed, where there is one, by the per-yuan sentence. */
export function withPerYuan(sentence: string, bases: PerFiscalYuan | null, locale: Locale): string {
  const perYuan = perYuanSentence(bases, locale);
  return perYuan ? `${sentence}${locale === 'zh' ? '' : ' '}${perYuan}` : sentence;
}
