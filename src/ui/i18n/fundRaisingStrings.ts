import type { Locale } from '../../engine/index.ts';

/** The dashboard's fund-raising section, in both languages (kept apart from strings.ts). */
export const FUND_RAISING_STRINGS = {
  section: { zh: '子基金募集计划', en: 'The fund-raising programme' },
  sectionNote: {
    zh: '引导基金按年发起子基金，社会出资人按条款与已有子基金的业绩决定是否认缴、认缴多少：下面是各年发起与设立的子基金、募集的社会资本，以及引导基金的认缴与当年预算。只列出有发起、认缴或预算的年份。',
    en: 'The guidance fund offers sub-funds year by year, and private LPs decide from the terms and the earlier funds’ record whether to subscribe and how much: below, the sub-funds offered and closed each year, the private capital raised, and the guidance fund’s commitments against the year’s budget. Only years with an offer, a commitment or a budget are listed.',
  },
  tableCaption: {
    zh: '募集计划：各类子基金的发起与设立、预算结余与回收资金',
    en: 'The programme: offers and closes by type, budget unspent and recycled receipts',
  },
  countsTitle: {
    zh: '各年发起与设立的子基金（按类型）',
    en: 'Sub-funds offered and closed by year and type',
  },
  countsCaption: {
    zh: '每年各类子基金的发起数与设立数，均为各次模拟的均值：实心为已设立，空心为发起但未设立，条长为当年发起数。',
    en: 'Each year, the sub-funds of each type offered and closed, as means over trials: solid closed, outline offered but not closed; the bar’s length is the number offered.',
  },
  countsAxis: { zh: '子基金数（支，各次模拟均值）', en: 'Sub-funds (mean over trials)' },
  legendClosed: { zh: '已设立（实心）', en: 'Closed (solid)' },
  legendNotClosed: { zh: '发起未设立（空心）', en: 'Offered, not closed (outline)' },
  offeredColumn: { zh: '{kind}：发起', en: '{kind}: offered' },
  closedColumn: { zh: '{kind}：设立', en: '{kind}: closed' },
  notClosedColumn: { zh: '{kind}：发起未设立', en: '{kind}: offered, not closed' },
  closedOfOffered: { zh: '设立 {closed} / 发起 {offered}', en: '{closed} of {offered} closed' },
  total: { zh: '合计', en: 'All types' },
  totalShort: { zh: '合计', en: 'All' },
  privateTitle: { zh: '各年募集的社会资本', en: 'Private capital raised by year' },
  privateCaption: {
    zh: '每年设立的子基金中社会出资人的认缴额：条为中位数，须线为 P5–P95。各年中位数之和不等于全期合计的中位数。',
    en: 'Each year, private LPs’ commitments to the sub-funds that closed: the bar is the median, the whisker P5–P95. The years’ medians need not add up to the median total.',
  },
  privateAxis: { zh: '社会资本认缴额（元）', en: 'Private commitments (CNY)' },
  committedTitle: {
    zh: '各年引导基金认缴与当年预算',
    en: 'Guidance-fund commitments by year against the budget',
  },
  committedCaption: {
    zh: '每年引导基金对募集计划子基金的认缴：条为中位数，须线为 P5–P95；竖线为当年的认缴预算（年度预算加上往年结转，中位数）。',
    en: 'Each year, the guidance fund’s commitments to the programme’s sub-funds: the bar is the median, the whisker P5–P95; the rule is the year’s commitment budget (the annual budget plus what earlier years carried forward; median).',
  },
  committedAxis: { zh: '引导基金认缴额（元）', en: 'Guidance-fund commitments (CNY)' },
  budget: { zh: '当年预算（中位数）', en: 'The year’s budget (median)' },
  committedOfBudget: { zh: '{committed}（预算 {budget}）', en: '{committed} (budget {budget})' },
  kindAngel: { zh: '天使投资子基金', en: 'Angel sub-funds' },
  kindTech: { zh: '科技投资子基金', en: 'Tech sub-funds' },
  kindBankLinked: { zh: '投贷联动子基金', en: 'Bank-linked sub-funds' },
  // In the table's column heads, where nine columns must fit beside each other.
  kindAngelShort: { zh: '天使', en: 'Angel' },
  kindTechShort: { zh: '科技', en: 'Tech' },
  kindBankLinkedShort: { zh: '投贷联动', en: 'Bank-linked' },
} satisfies Record<string, Record<Locale, string>>;

export type FundRaisingStringKey = keyof typeof FUND_RAISING_STRINGS;

/** A string of the section, with `{name}` placeholders filled from `vars`. */
export function fr(
  key: FundRaisingStringKey,
  locale: Locale,
  vars: Readonly<Record<string, string>> = {},
): string {
  return FUND_RAISING_STRINGS[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined)
      throw new Error(`fundRaisingStrings.${key}: no value given for {${name}}`);
    return value;
  });
}
