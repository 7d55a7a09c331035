import type { Locale, Scenario } from '../../engine/index.ts';

/** A fund the fund view can show: where its series and its metrics are, and its name. */
export interface FundChoice {
  /** Key prefix of its quarterly series: `fund.<id>`, `fund.guidanceFund`, `fund.seedFund`. */
  seriesPrefix: string;
  /** Key prefix of its metrics: `fund.<id>` for a sub-fund, `guidanceFund`, `seedFund`. */
  metricPrefix: string;
  label: string;
  /** A sub-fund has investor classes (guidance fund, private LPs, GP) and a commitment. */
  subFund: boolean;
}

/**
 * Every fund of the chain by its name, as the scenario that ran names it: each sub-fund (angel,
 * tech, bank-linked, in the scenario's order), then the guidance fund and the seed fund.
 */
export function fundChoices(scenario: Scenario | null, locale: Locale): FundChoice[] {
  const zh = locale === 'zh';
  const subFunds = scenario
    ? [
        ...scenario.funds.angelFunds,
        ...(scenario.funds.techFunds ?? []),
        ...(scenario.funds.bankLinkedFunds ?? []),
      ]
    : [];
  return [
    ...subFunds.map((f) => ({
      seriesPrefix: `fund.${f.id}`,
      metricPrefix: `fund.${f.id}`,
      label: f.name[locale],
      subFund: true,
    })),
    {
      seriesPrefix: 'fund.guidanceFund',
      metricPrefix: 'guidanceFund',
      label: zh ? '科技投资引导基金' : 'Guidance fund',
      subFund: false,
    },
    {
      seriesPrefix: 'fund.seedFund',
      metricPrefix: 'seedFund',
      label: zh ? '概念验证种子基金' : 'Seed fund',
      subFund: false,
    },
  ];
}
