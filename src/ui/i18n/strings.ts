import type { Locale } from '../../engine/index.ts';

/** Every string of the page, in both languages. */
export const STRINGS = {
  title: { zh: '科技金融基金链模拟器', en: 'Tech-finance fund-chain simulator' },
  switchLanguage: { zh: 'English', en: '中文' },
  defaultScenario: { zh: '默认场景', en: 'Default scenario' },
  parsedOk: { zh: '场景已通过校验', en: 'Scenario parsed and valid' },
  parseFailed: { zh: '场景有误', en: 'The scenario has errors' },
  field: { zh: '字段', en: 'Field' },
  value: { zh: '取值', en: 'Value' },
  descriptionCol: { zh: '说明', en: 'Description' },
  fieldsCount: { zh: '个参数', en: 'parameters' },
  sources: { zh: '参数来源', en: 'Sources of the parameters' },
  section_simulation: { zh: '模拟设置', en: 'Simulation' },
  section_economy: { zh: '宏观经济', en: 'Economy' },
  section_firms: { zh: '企业', en: 'Firms' },
  section_funds: { zh: '基金', en: 'Funds' },
  section_concession: { zh: '让利', en: 'Profit concession' },
  section_bank: { zh: '银行', en: 'Bank' },
  section_fiscal: { zh: '财政', en: 'Treasury' },
} satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, locale: Locale): string {
  return STRINGS[key][locale];
}
