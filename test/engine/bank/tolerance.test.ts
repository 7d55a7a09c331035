import { describe, expect, it } from 'vitest';
import { WRITTEN_OFF } from '../../../src/engine/bank/loanBook.ts';
import { originateLoans } from '../../../src/engine/bank/origination.ts';
import { approvalFactor, nplRatio, recordNplRatio } from '../../../src/engine/bank/tolerance.ts';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import { parseScenario, simulateTrial, type Scenario } from '../../../src/engine/index.ts';
import { addFirm, scriptDraw } from '../chain/fixture.ts';
import { bankChain, defaultScenarioJson, failFirm, service } from './bankFixture.ts';
import { DRAW } from '../../../src/engine/random/counterDraws.ts';

type Response =
  | { rule: 'stop' }
  | { rule: 'fixedCut'; cutShare: number }
  | { rule: 'smooth'; sensitivity: number };

const tolerance = (response: Response, dueDiligenceExemptionShare = 0) => ({
  nplToleranceShare: 0.045,
  dueDiligenceExemptionShare,
  nonPerformingQuarters: 2,
  response,
  responseCutsRenewals: false,
});

describe('approvalFactor: the share of normal approvals granted after a quarter’s NPL ratio', () => {
  it.each([
    // Within tau = 4.5% (plus a 1 pp 尽职免责 margin, so up to 5.5%): full approvals.
    [0.03, { rule: 'stop' } as Response, 1],
    [0.05, { rule: 'stop' } as Response, 1],
    // Above 5.5%.
    [0.06, { rule: 'stop' } as Response, 0],
    [0.06, { rule: 'fixedCut', cutShare: 0.5 } as Response, 0.5],
    [0.3, { rule: 'fixedCut', cutShare: 0.25 } as Response, 0.75],
    // Smooth: 1 − 20 × excess. 6.5% is 1 pp over ⇒ 0.8; 8% is 2.5 pp over ⇒ 0.5; 10.5% and
    // beyond ⇒ 0 (never negative).
    [0.065, { rule: 'smooth', sensitivity: 20 } as Response, 0.8],
    [0.08, { rule: 'smooth', sensitivity: 20 } as Response, 0.5],
    [0.2, { rule: 'smooth', sensitivity: 20 } as Response, 0],
  ])('at an NPL ratio of %d with %o: %d', (ratio, response, factor) => {
    expect(approvalFactor(ratio, tolerance(response, 0.01))).toBeCloseTo(factor, 12);
  });
});

/**
 * A hand-built book: ten EARLY firms with 80 points each borrow a 10M, three-year innovation-points
 * loan in quarter 0 (the only product on offer: the IP-pledge loan is off and no firm is
 * white-listed). Firm 0 fails in quarter 1, so at the end of quarter 1 the NPL ratio is
 * 10M / (90M + 10M) = 10%, over tau = 4.5%. The defaulted loan is written off two quarters later,
 * in quarter 3. From quarter 2 four new applicants want the same loan; their approval draws are
 * 0.1, 0.3, 0.5 and 0.7 against a normal approval share of 0.8. The quarter's steps run in the
 * trial's order: service the book, lend, record the NPL ratio (which sets the next quarter's
 * approvals).
 */
function bookAboveTolerance(response: Response, dueDiligenceExemptionShare = 0) {
  const { ctx, bank } = bankChain({
    bank: {
      ipPledgeLoan: { enabled: false },
      innovationPointsLoan: { termYears: 3 },
      approvalShare: 0.8,
      tolerance: tolerance(response, dueDiligenceExemptionShare),
    },
  });
  const borrowers = Array.from({ length: 10 }, () =>
    addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000, points: 80 }),
  );
  const live = (firms: number[]) => Int32Array.from(firms);
  const newLoansIn = (quarter: number) =>
    Array.from(bank.book.startQuarter.subarray(0, bank.book.count)).filter((q) => q === quarter)
      .length;

  originateLoans(ctx, bank, live(borrowers), borrowers.length, 0);
  recordNplRatio(ctx, bank, 0);

  failFirm(ctx, borrowers[0]!, 1);
  service(ctx, bank, 1);
  const survivors = borrowers.slice(1);
  originateLoans(ctx, bank, live(survivors), survivors.length, 1);
  recordNplRatio(ctx, bank, 1);

  const applicants = [0.1, 0.3, 0.5, 0.7].map((draw) => {
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000, points: 80, quarter: 2 });
    scriptDraw(ctx, firm, DRAW.bank, draw);
    return firm;
  });
  const everyone = [...survivors, ...applicants];
  for (let t = 2; t <= 4; t++) {
    service(ctx, bank, t);
    originateLoans(ctx, bank, live(everyone), everyone.length, t);
    recordNplRatio(ctx, bank, t);
  }
  return { ctx, bank, newLoansIn };
}

describe('the bank stops and resumes lending around its NPL tolerance tau', () => {
  it('measures the NPL ratio as non-performing ÷ (performing + non-performing) principal', () => {
    const { bank } = bookAboveTolerance({ rule: 'stop' });
    expect(bank.book.count).toBe(14);
    expect(bank.nplRatio[0]).toBe(0);
    expect(bank.nplRatio[1]).toBeCloseTo(0.1, 15);
    expect(bank.book.status[0]).toBe(WRITTEN_OFF);
    expect(nplRatio(bank.book)).toBe(0);
  });

  it("with the 'stop' rule makes no loan until a write-off brings the ratio back under tau", () => {
    const { bank, newLoansIn } = bookAboveTolerance({ rule: 'stop' });
    // Quarter 2: approvals stopped by quarter 1's 10%. Quarter 3: the write-off happens before
    // lending, but approvals follow quarter 2's ratio (still 10%), so none yet. Quarter 3 ends at
    // 0%, and in quarter 4 all four applicants (draws below 0.8) get their loans.
    expect([2, 3, 4].map(newLoansIn)).toEqual([0, 0, 4]);
    expect(Array.from(bank.nplRatio.subarray(0, 5))).toEqual([0, 0.1, 0.1, 0, 0]);
    expect(bank.quartersAboveTolerance).toBe(2);
    expect(bank.approvalFactor).toBe(1);
  });

  it.each([
    // Cut by half: approvals at 0.8 × 0.5 = 0.4 ⇒ draws 0.1 and 0.3.
    [{ rule: 'fixedCut', cutShare: 0.5 } as Response, 0, 2],
    // Smooth, 8 per unit over: 10% is 5.5 pp over ⇒ 1 − 0.44 = 0.56, approvals at 0.448 ⇒ two.
    [{ rule: 'smooth', sensitivity: 8 } as Response, 0, 2],
    // The same with a 1 pp 尽职免责 margin: 4.5 pp over ⇒ 0.64, approvals at 0.512 ⇒ three.
    [{ rule: 'smooth', sensitivity: 8 } as Response, 0.01, 3],
    // A 6 pp margin puts 10% within tolerance: every applicant gets a loan.
    [{ rule: 'stop' } as Response, 0.06, 4],
  ])(
    'with %o and a margin of %d lends to %d of the four applicants in quarter 2',
    (response, margin, loans) => {
      const { bank, newLoansIn } = bookAboveTolerance(response, margin);
      expect(newLoansIn(2)).toBe(loans);
      // Quarters above tau count against tau itself, margin or not.
      expect(bank.quartersAboveTolerance).toBe(2);
    },
  );

  it('counts the loans made at the cut rate in the next ratio', () => {
    // fixedCut: two 10M loans in quarter 2 ⇒ 10M / (90M + 20M + 10M) = 1/12 at its end, still
    // over tau; the write-off in quarter 3 brings it to 0 and approvals back to normal.
    const { bank } = bookAboveTolerance({ rule: 'fixedCut', cutShare: 0.5 });
    expect(bank.nplRatio[2]).toBeCloseTo(1 / 12, 15);
    expect(bank.nplRatio[3]).toBe(0);
    expect(bank.approvalFactor).toBe(1);
  });
});

function withTau(tau: number): Scenario {
  const json = defaultScenarioJson();
  json.bank.tolerance = {
    ...json.bank.tolerance,
    nplToleranceShare: tau,
    dueDiligenceExemptionShare: 0,
    response: { rule: 'stop' },
  };
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error('the default scenario does not parse');
  return parsed.scenario;
}

describe('simulateTrial with a low tau against the same seed with tau 3 pp higher', () => {
  // The default scenario with the 'stop' rule and no 尽职免责 margin, tau 1.5% against 4.5%: same
  // seed, so the same firms meet both banks (common random numbers) and only tau differs.
  const TRIALS = 4;
  const low = withTau(0.015);
  const high = withTau(0.045);
  const runs = Array.from({ length: TRIALS }, (_, trial) => ({
    low: simulateTrial(low, trial),
    high: simulateTrial(high, trial),
  }));
  const total = (side: 'low' | 'high', key: string) =>
    runs.reduce((sum, run) => sum + run[side].metrics[key]!, 0);

  it('meets the same firms in both runs', () => {
    for (const { low, high } of runs) {
      expect(low.firms.count).toBe(high.firms.count);
      expect(low.firms.stage.subarray(0, low.firms.count)).toEqual(
        high.firms.stage.subarray(0, high.firms.count),
      );
    }
  });

  it('spends quarters above tolerance, and lends less than with the higher tau', () => {
    for (const { low } of runs)
      expect(low.metrics['bank.quartersAboveTolerance']).toBeGreaterThan(0);
    expect(total('low', 'bank.quartersAboveTolerance')).toBeGreaterThan(
      total('high', 'bank.quartersAboveTolerance'),
    );
    expect(total('low', 'bank.loansCount')).toBeLessThan(total('high', 'bank.loansCount'));
    expect(total('low', 'bank.loansCNY')).toBeLessThan(total('high', 'bank.loansCNY'));
  });

  it("counts a quarter above tolerance exactly when its NPL ratio is over tau, and the 'stop' rule then makes no new-money loan the next quarter while renewals go on", () => {
    let renewalsWhileStopped = 0;
    for (const { low, high } of runs) {
      for (const [result, tau] of [
        [low, 0.015],
        [high, 0.045],
      ] as const) {
        const { nplRatio: ratios, book } = result.bank;
        const above = Array.from(ratios).filter((r) => r > tau).length;
        expect(result.metrics['bank.quartersAboveTolerance']).toBe(above);
        const newLoansIn = new Int32Array(result.quarters);
        const renewalsIn = new Int32Array(result.quarters);
        for (let i = 0; i < book.count; i++)
          (book.renewal[i] === 1 ? renewalsIn : newLoansIn)[book.startQuarter[i]!]!++;
        for (let t = 1; t < result.quarters; t++) {
          if (!(ratios[t - 1]! > tau)) continue;
          expect(newLoansIn[t], `quarter ${t}`).toBe(0);
          renewalsWhileStopped += renewalsIn[t]!;
        }
      }
    }
    expect(renewalsWhileStopped).toBeGreaterThan(0);
  });
});
