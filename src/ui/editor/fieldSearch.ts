import type { PathSegment } from '../../engine/index.ts';
import { fieldLabel } from '../i18n/fieldLabels.ts';

/**
 * Finding a field by what the user remembers of it: its label in either language, or its path
 * (`concession.angelStageShare`, `funds.angelFunds[0].fees`), whatever the case and spacing. Every
 * word of the query must match: '天使 让利', 'angel fee'.
 */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The text a field is found by: both labels, its dotted path and its path text. */
export function searchText(path: readonly PathSegment[], pathText: string): string {
  return [fieldLabel(path, 'zh'), fieldLabel(path, 'en'), path.join('.'), pathText]
    .map(fold)
    .join('\u0000');
}

export function matchesQuery(text: string, query: string): boolean {
  const words = query.normalize('NFKC').split(/\s+/).map(fold).filter(Boolean);
  return words.length > 0 && words.every((w) => text.includes(w));
}
