import type { Locale, Scenario } from '../../engine/index.ts';

const DOCUMENTS: Record<string, { zh: string; en: string }> = {
  'hebei-finance-for-sci-tech-work-plan-2022.txt': { zh: '河北方案', en: 'Hebei plan' },
  'icbc-torch-shibaiqianwan-action-plan.txt': { zh: '工行“十百千万”', en: 'ICBC 十百千万' },
  'bocom-torch-five-ones-action-plan-2025.txt': { zh: '交行“五个一”', en: 'BOCOM 五个一' },
  'lianyungang-sci-tech-finance-opinions-draft.txt': {
    zh: '连云港意见',
    en: 'Lianyungang opinions',
  },
  'news-58-zones-first-batch-2022.txt': { zh: '首批58个高新区', en: '58 zones news' },
};

/**
 * The policy clauses a scenario encodes, short: 'Hebei plan 二(二)2'. Calibration figures and
 * model assumptions are sources too, but not policy clauses.
 */
export function policyClauses(scenario: Scenario, locale: Locale): string[] {
  const seen = new Set<string>();
  for (const source of scenario.sources) {
    const doc = DOCUMENTS[source.document];
    if (!doc) continue;
    const clause = source.clause.split(/[\s:：,，(（]/)[0] ?? '';
    const ref = /[一二三四五六七八九十]/.test(clause.slice(0, 2))
      ? (source.clause.match(/^[一二三四五六七八九十]+[（(][一二三四五六七八九十]+[)）]\d*/)?.[0] ??
        clause)
      : clause;
    seen.add(`${doc[locale]} ${ref}`.trim());
  }
  return [...seen];
}
