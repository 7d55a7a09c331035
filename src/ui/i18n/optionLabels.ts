import type { Locale } from '../../engine/index.ts';
import type { BilingualLabel } from './fieldLabels.ts';

/**
 * The words for the values of every enumerated field of the scenario (a drop-down in the editor):
 * stages, waterfalls, pricing and response rules, loan products. A test lists every option the
 * schema offers and fails on one missing here, in either language.
 */
export const OPTION_LABELS: Readonly<Record<string, BilingualLabel>> = {
  // A fund-raising programme's budget and proceeds
  returnToTreasury: { zh: '退回财政', en: 'Return to the treasury' },
  carryForward: { zh: '结转下一年', en: 'Carry to the next year' },
  fundLaterVintages: { zh: '用于以后年份的子基金', en: 'Fund later vintages' },
  // Stages of a firm
  POC: { zh: '概念验证', en: 'Concept validation' },
  ANGEL: { zh: '天使期', en: 'Angel' },
  EARLY: { zh: '早中期', en: 'Early/mid' },
  GROWTH: { zh: '成长期', en: 'Growth' },
  // Distribution waterfalls
  european: { zh: '整体分配（欧式）', en: 'Whole fund (European)' },
  dealByDeal: { zh: '逐项目分配（美式）', en: 'Deal by deal (American)' },
  // Transfer pricing
  atCost: { zh: '按成本', en: 'At cost' },
  costPlusInterest: { zh: '成本加计利息', en: 'Cost plus interest' },
  roundPriceDiscount: { zh: '最近一轮估值折价', en: 'Latest round price less a discount' },
  // The bank's response above tolerance
  stop: { zh: '暂停新增贷款', en: 'Stop new loans' },
  fixedCut: { zh: '按固定比例压降审批', en: 'Cut approvals by a fixed share' },
  smooth: { zh: '随超出幅度逐步压降', en: 'Cut approvals with the excess' },
  // Loan products
  linkageLoan: { zh: '投贷联动贷款', en: 'Linkage loan' },
  innovationPointsLoan: { zh: '创新积分贷', en: 'Innovation-points loan' },
  ipPledgeLoan: { zh: '知识产权质押贷', en: 'IP-pledge loan' },
  convertibleLoan: { zh: '可转贷', en: 'Convertible loan' },
};

/** An option's words in `locale`; a value with none is shown as it is (and fails the test). */
export function optionLabel(value: string, locale: Locale): string {
  return Object.hasOwn(OPTION_LABELS, value) ? OPTION_LABELS[value]![locale] : value;
}

/** A yes/no field's value in words. */
export function booleanLabel(value: boolean, locale: Locale): string {
  return locale === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
}
