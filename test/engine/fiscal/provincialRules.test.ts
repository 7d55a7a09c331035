import { describe, expect, it } from 'vitest';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { transferSeedStake } from '../../../src/engine/chain/stakeTransfers.ts';
import { NEEQ, STOCK_EXCHANGE } from '../../../src/engine/firms/firmTable.ts';
import { GROWTH, LISTED } from '../../../src/engine/firms/stageCode.ts';
import { payFirmIncentives, payListingSubsidy } from '../../../src/engine/fiscal/firmIncentives.ts';
import { createFiscalState } from '../../../src/engine/fiscal/fiscalState.ts';
import { isUnicorn } from '../../../src/engine/fiscal/unicornSubsidy.ts';
import { parseScenario, simulateTrial, formatScenarioIssue } from '../../../src/engine/index.ts';
import { bankChain } from '../bank/bankFixture.ts';
import {
  addFirm,
  chainFor,
  graduate,
  plainAngelFund,
  postingsOfKind,
  scenarioWith,
  scriptDraw,
} from '../chain/fixture.ts';
import { defaultScenario, defaultScenarioJson } from '../defaultScenario.ts';
import { DRAW } from '../../../src/engine/random/counterDraws.ts';

const INDUSTRIES = [
  { id: 'equipment', name: { zh: '装备', en: 'Equipment' } },
  { id: 'software', name: { zh: '软件', en: 'Software' } },
];

describe('provincial incentives reach the province’s own firms (我省…企业)', () => {
  it('gives the unicorn interest subsidy to in-province firms only, unless the scenario says otherwise', () => {
    for (const [inProvinceOnly, outOfProvinceQualifies] of [
      [true, false],
      [false, true],
    ] as const) {
      const { ctx } = bankChain({ fiscal: { unicornInterestSubsidy: { inProvinceOnly } } });
      const local = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 4e9 });
      const outside = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 4e9, inProvince: false });
      for (const firm of [local, outside]) ctx.firms.ageAtArrivalYears[firm] = 5;
      expect(isUnicorn(ctx, local, 0)).toBe(true);
      expect(isUnicorn(ctx, outside, 0)).toBe(outOfProvinceQualifies);
    }
  });

  it('gives the first-set insurance subsidy to the province’s firms of the named industries only', () => {
    const { ctx } = bankChain({
      firms: { industries: INDUSTRIES },
      fiscal: {
        firstSetInsurance: { eligibleIndustries: ['equipment'], uptakePerQuarter: 0.5 },
        listingSubsidy: { enabled: false },
      },
    });
    const equipment = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 1e9 });
    const software = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 1e9 });
    const outside = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 1e9, inProvince: false });
    ctx.firms.industry[software] = 1;
    // Every firm's draw says it takes the insurance up this quarter.
    for (const firm of [equipment, software, outside]) scriptDraw(ctx, firm, DRAW.fiscal, 0.1);
    const fiscal = createFiscalState(ctx.funds.length);
    payFirmIncentives(ctx, fiscal, Int32Array.of(equipment, software, outside), 3, 0);
    // 80% of a 3% premium on CNY 50M = 1.2M, to the in-province equipment maker alone.
    expect(postingsOfKind(ctx, 'subsidy')).toEqual([
      { quarter: 0, from: 'treasury', to: 'firm', amountCNY: 1_200_000, firm: equipment },
    ]);
  });

  it('refuses an eligible industry the scenario does not have, naming the path', () => {
    const result = parseScenario({
      ...defaultScenarioJson(),
      fiscal: { firstSetInsurance: { eligibleIndustries: ['equipmnet'] } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map((i) => formatScenarioIssue(i, 'en'));
    expect(messages.join('\n')).toContain('fiscal.firstSetInsurance.eligibleIndustries[0]');
    expect(messages.join('\n')).toContain('equipmnet');
  });
});

describe('the listing subsidy pays NEEQ listings, not every listing (二(一)3)', () => {
  it('pays an NEEQ listing CNY 100k plus 1% of the first raise, and an exchange listing nothing', () => {
    const { ctx } = bankChain();
    const neeq = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 1e9 });
    const exchange = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 1e9 });
    for (const firm of [neeq, exchange]) {
      ctx.firms.stage[firm] = LISTED;
      ctx.firms.exitValueCNY[firm] = 100_000_000;
    }
    ctx.firms.listingVenue[neeq] = NEEQ;
    ctx.firms.listingVenue[exchange] = STOCK_EXCHANGE;
    payListingSubsidy(ctx, neeq, 4);
    payListingSubsidy(ctx, exchange, 4);
    // First raise 25% × 100M = 25M; 1% of it is 250k (under the 500k cap); plus 100k.
    expect(postingsOfKind(ctx, 'subsidy')).toEqual([
      { quarter: 4, from: 'treasury', to: 'firm', amountCNY: 350_000, firm: neeq },
    ]);
  });

  it('puts the set share of listings on NEEQ without moving any firm’s fate', () => {
    const base = defaultScenario();
    const withShare = (neeqShareOfListings: number) => {
      const s = structuredClone(base);
      s.fiscal.listingSubsidy.neeqShareOfListings = neeqShareOfListings;
      return s;
    };
    let listed = 0;
    let onNeeq = 0;
    for (const trial of [0, 1, 2, 3]) {
      const half = simulateTrial(withShare(0.5), trial).firms;
      const none = simulateTrial(withShare(0), trial).firms;
      const all = simulateTrial(withShare(1), trial).firms;
      expect(Array.from(none.stage.subarray(0, none.count))).toEqual(
        Array.from(half.stage.subarray(0, half.count)),
      );
      for (let f = 0; f < half.count; f++) {
        if (half.stage[f] !== LISTED) continue;
        listed++;
        if (half.listingVenue[f] === NEEQ) onNeeq++;
        expect(none.listingVenue[f]).toBe(STOCK_EXCHANGE);
        expect(all.listingVenue[f]).toBe(NEEQ);
      }
    }
    // Binomial: with n listings the share on NEEQ has sd √(0.25/n); allow four of them.
    expect(listed).toBeGreaterThan(100);
    expect(Math.abs(onNeeq / listed - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / listed));
  });
});

describe('a seed fund that is not evergreen', () => {
  it('sends its transfer proceeds to the treasury and pays new tickets with fresh fiscal money', () => {
    const ctx = chainFor(
      scenarioWith({
        funds: {
          seedFund: {
            enabled: true,
            ticketCNY: 500_000,
            minPoints: 0,
            evergreen: false,
            transferPricing: { rule: 'atCost' },
          },
          angelFunds: [plainAngelFund({ minPoints: 100, investmentPeriodYears: 5 })],
        },
      }),
    );
    // A project backed in quarter 0 graduates in quarter 8; its stake sells at cost (500k).
    const graduating = addFirm(ctx, { stage: 0, postMoneyCNY: 2_000_000 });
    processRound(ctx, graduating, 0, 500_000);
    processRound(ctx, graduating, 8, graduate(ctx, graduating, 8, 2, 0.2));
    transferSeedStake(ctx, graduating, 8);
    // In the same quarter the seed fund backs a new project with a 500k ticket.
    const fresh = addFirm(ctx, { stage: 0, postMoneyCNY: 2_000_000, quarter: 8 });
    processRound(ctx, fresh, 8, 500_000);
    // Both tickets were fiscal money drawn for them; the proceeds still sit in the fund, for
    // the treasury at the quarter's end.
    const seedFunding = postingsOfKind(ctx, 'fiscalFunding').filter((p) => p.to === 'seedFund');
    expect(seedFunding.map((p) => [p.quarter, p.amountCNY])).toEqual([
      [0, 500_000],
      [8, 500_000],
    ]);
    expect(ctx.ledger.balanceFen[ctx.fundAccount[1]!]).toBe(50_000_000);
  });
});
