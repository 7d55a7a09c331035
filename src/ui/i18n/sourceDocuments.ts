import type { Locale } from '../../engine/index.ts';
import type { BilingualLabel } from './fieldLabels.ts';

/**
 * The documents scenarios cite, by their titles in each language (a scenario names a policy file
 * by its file name: hebei-finance-for-sci-tech-work-plan-2022.txt). A test lists every document
 * the shipped scenarios cite and fails on one missing here.
 */
export const DOCUMENT_TITLES: Readonly<Record<string, BilingualLabel>> = {
  'hebei-finance-for-sci-tech-work-plan-2022.txt': {
    zh: '河北省《关于推动金融服务科技创新发展的工作方案》（2022）',
    en: 'Hebei, Work plan for finance serving technology innovation (2022)',
  },
  'icbc-torch-shibaiqianwan-action-plan.txt': {
    zh: '科技部火炬中心与工商银行《科技金融创新服务“十百千万”专项行动方案》',
    en: 'Torch Centre and ICBC, “Ten, hundred, thousand, ten thousand” action plan',
  },
  'bocom-torch-five-ones-action-plan-2025.txt': {
    zh: '火炬中心与交通银行“五个一”专项行动方案（2025）',
    en: 'Torch Centre and Bank of Communications, “Five ones” action plan (2025)',
  },
  'lianyungang-sci-tech-finance-opinions-draft.txt': {
    zh: '连云港市《关于提升科创金融供给能力 服务高质量发展的实施意见》（征求意见稿）',
    en: 'Lianyungang, Opinions on sci-tech finance (draft)',
  },
  'news-58-zones-first-batch-2022.txt': {
    zh: '“十百千万”专项行动首批 58 家国家高新区（新闻，2022）',
    en: 'First 58 high-tech zones of the “ten, hundred, thousand” plan (news, 2022)',
  },
  'CALIBRATION.md': { zh: '校准依据（公开数据）', en: 'Calibration (public figures)' },
  'model assumption': { zh: '模型假设（无公开数据）', en: 'Model assumption (no public figure)' },
};

export function isKnownDocument(document: string): boolean {
  return Object.hasOwn(DOCUMENT_TITLES, document);
}

/** A cited document's title in `locale`; a publication named in full is its own title. */
export function documentTitle(document: string, locale: Locale): string {
  if (Object.hasOwn(DOCUMENT_TITLES, document)) return DOCUMENT_TITLES[document]![locale];
  return document;
}

const ZH_NUMERALS = '一二三四五六七八九十';

/** 二 → 2, 十二 → 12: the numbering of Chinese clauses in digits, for an English reader. */
function numeral(text: string): string {
  if (text === '十') return '10';
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const t = tens === '' ? (text.includes('十') ? 1 : 0) : ZH_NUMERALS.indexOf(tens!) + 1;
  const o = ones ? ZH_NUMERALS.indexOf(ones) + 1 : 0;
  return String(t * 10 + o);
}

/**
 * The clause number a citation starts with ('二(二)2', '三(二)', '（1）2', '一'), or null when it
 * names none (calibration notes and model assumptions). For English, the Chinese numerals as
 * digits: '§ 2(2)2'.
 */
export function clauseReference(clause: string, locale: Locale): string | null {
  const m =
    /^([一二三四五六七八九十]+)(?:[（(]([一二三四五六七八九十]+)[)）])?([0-9]+(?:[–-][0-9]+)?)?|^[（(]([0-9]+)[)）]([0-9]+)?/.exec(
      clause.trim(),
    );
  if (!m) return null;
  if (m[4] !== undefined)
    return locale === 'zh' ? `（${m[4]}）${m[5] ?? ''}` : `§ (${m[4]})${m[5] ?? ''}`;
  const zh = `${m[1]}${m[2] ? `(${m[2]})` : ''}${m[3] ?? ''}`;
  if (locale === 'zh') return zh;
  return `§ ${numeral(m[1]!)}${m[2] ? `(${numeral(m[2])})` : ''}${m[3] ?? ''}`;
}
