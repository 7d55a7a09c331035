import type { Locale, Scenario } from '../../engine/index.ts';
import { clauseReference } from '../i18n/sourceDocuments.ts';

/** Short names of the policy documents, for the list of clauses under the preset picker. */
const DOCUMENTS: Record<string, { zh: string; en: string }> = {
  'hebei-finance-for-sci-tech-work-plan-2022.txt': { zh: '河北方案', en: 'Hebei plan' },
  'icbc-torch-shibaiqianwan-action-plan.txt': { zh: '工行“十百千万”', en: 'ICBC plan' },
  'bocom-torch-five-ones-action-plan-2025.txt': { zh: '交行“五个一”', en: 'BOCOM plan' },
  'lianyungang-sci-tech-finance-opinions-draft.txt': {
    zh: '连云港意见',
    en: 'Lianyungang opinions',
  },
  'news-58-zones-first-batch-2022.txt': { zh: '首批58个高新区', en: '58 zones news' },
};

/**
 * The policy clauses a scenario encodes, short: '河北方案 二(二)2' / 'Hebei plan § 2(2)2'.
 * Calibration figures and model assumptions are sources too, but not policy clauses.
 */
export function policyClauses(scenario: Scenario, locale: Locale): string[] {
  const seen = new Set<string>();
  for (const source of scenario.sources) {
    const doc = DOCUMENTS[source.document];
    if (!doc) continue;
    const ref = clauseReference(source.clause, locale);
    seen.add(`${doc[locale]}${ref ? ` ${ref}` : ''}`);
  }
  return [...seen];
}
