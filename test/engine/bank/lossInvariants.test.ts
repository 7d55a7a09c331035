import { describe, expect, it } from 'vitest';
import { LOSS_BEARERS, productOf, WRITTEN_OFF } from '../../../src/engine/bank/loanBook.ts';
import {
  accountIndex,
  checkLedger,
  parseScenario,
  postingKindCode,
  replayBalancesCNY,
  simulateTrial,
  type Scenario,
  type TrialResult,
} from '../../../src/engine/index.ts';
import { defaultScenarioJson } from './bankFixture.ts';

// The default scenario with the bank on, risk compensation on (as the scenario file has them:
// 100M a year, c = 50%, every product) and innovation-points loans guaranteed 4-3-2-1. A second
// variant funds the pool with only 10M a year, so that it runs dry and unpaid claims occur.
function scenario(poolFundingCNY?: number): Scenario {
  const json = defaultScenarioJson();
  json.bank.enabled = true;
  const pool = json.fiscal.riskCompensation!;
  json.fiscal.riskCompensation = {
    ...pool,
    enabled: true,
    ...(poolFundingCNY !== undefined ? { annualFundingCNY: poolFundingCNY } : {}),
  };
  json.fiscal.guarantee = {
    ...json.fiscal.guarantee,
    enabled: true,
    products: ['innovationPointsLoan'],
  };
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error('the default scenario does not parse');
  return parsed.scenario;
}

const fen = (cny: number) => Math.round(cny * 100);
const BEARERS = LOSS_BEARERS.length;
const runs: Array<{ name: string; scenario: Scenario; result: TrialResult }> = [];
for (const [name, s] of [
  ['default pool', scenario()],
  ['small pool', scenario(10_000_000)],
] as const)
  for (let trial = 0; trial < 3; trial++)
    runs.push({ name: `${name}, trial ${trial}`, scenario: s, result: simulateTrial(s, trial) });

/** Per firm, the fen each payer paid the bank in claims of `kind`, read from the ledger. */
function claimsByFirm(result: TrialResult, kind: 'compensation' | 'guaranteeClaim') {
  const { ledger } = result;
  const byPayer = new Map<string, Map<number, number>>();
  const bank = accountIndex(ledger, 'bank');
  for (let i = 0; i < ledger.count; i++) {
    if (ledger.kind[i] !== postingKindCode[kind]) continue;
    expect(ledger.to[i]).toBe(bank);
    const payer = ledger.accounts[ledger.from[i]!]!.id;
    const firms = byPayer.get(payer) ?? new Map<number, number>();
    firms.set(ledger.firm[i]!, (firms.get(ledger.firm[i]!) ?? 0) + ledger.amountFen[i]!);
    byPayer.set(payer, firms);
  }
  return byPayer;
}

/** Per firm, the fen a bearer bore of its loans' losses, read from the loan book. */
function borneByFirm(result: TrialResult, bearer: (typeof LOSS_BEARERS)[number]) {
  const { book } = result.bank;
  const b = LOSS_BEARERS.indexOf(bearer);
  const firms = new Map<number, number>();
  for (let i = 0; i < book.count; i++) {
    const amount = fen(book.borneCNY[i * BEARERS + b]!);
    if (amount > 0) firms.set(book.firm[i]!, (firms.get(book.firm[i]!) ?? 0) + amount);
  }
  return firms;
}

describe('simulateTrial: every written-off loss is borne exactly once, and matches the ledger', () => {
  it('exercises every path: compensation, each guarantee claim and an exhausted pool', () => {
    const all = (kind: 'compensation' | 'guaranteeClaim') =>
      runs.flatMap(({ result }) => [...claimsByFirm(result, kind).keys()]);
    expect(new Set(all('compensation'))).toEqual(new Set(['riskPool']));
    expect(new Set(all('guaranteeClaim'))).toEqual(
      new Set(['guarantor', 'reGuarantor', 'treasury']),
    );
    expect(runs.some(({ result }) => result.bank.poolExhaustedQuarter >= 0)).toBe(true);
  });

  it('has each loan’s loss equal to LGD × exposure and to the sum of its borne shares', () => {
    for (const { name, scenario: s, result } of runs) {
      const { book } = result.bank;
      const wrong: string[] = [];
      let writtenOff = 0;
      for (let i = 0; i < book.count; i++) {
        let shares = 0;
        for (let b = 0; b < BEARERS; b++) {
          const share = fen(book.borneCNY[i * BEARERS + b]!);
          if (share < 0) wrong.push(`loan ${i}: ${LOSS_BEARERS[b]} bore ${share} fen`);
          shares += share;
        }
        const loss = fen(book.lossCNY[i]!);
        if (shares !== loss) wrong.push(`loan ${i}: loss ${loss} fen, shares ${shares} fen`);
        if (book.status[i] !== WRITTEN_OFF) {
          if (loss !== 0) wrong.push(`loan ${i}: a loss of ${loss} fen but not written off`);
          continue;
        }
        writtenOff++;
        const lgd = s.bank[productOf(book, i)].lossGivenDefaultShare;
        if (loss !== fen(book.exposureCNY[i]! * lgd)) wrong.push(`loan ${i}: loss ≠ LGD × EAD`);
      }
      expect(wrong, name).toEqual([]);
      expect(writtenOff, name).toBeGreaterThan(0);
    }
  });

  it('has the pool’s and the guarantee payers’ shares equal to their claims in the ledger, firm by firm', () => {
    for (const { name, result } of runs) {
      const compensation = claimsByFirm(result, 'compensation');
      const guarantees = claimsByFirm(result, 'guaranteeClaim');
      expect(compensation.get('riskPool') ?? new Map(), name).toEqual(
        borneByFirm(result, 'riskPool'),
      );
      expect(guarantees.get('guarantor') ?? new Map(), name).toEqual(
        borneByFirm(result, 'guarantor'),
      );
      expect(guarantees.get('reGuarantor') ?? new Map(), name).toEqual(
        borneByFirm(result, 'reGuarantor'),
      );
      expect(guarantees.get('treasury') ?? new Map(), name).toEqual(
        borneByFirm(result, 'government'),
      );
      // And in total, as the bank's metrics report them.
      const sum = (m: Map<number, number> | undefined) =>
        [...(m ?? new Map<number, number>()).values()].reduce((a, b) => a + b, 0);
      const { metrics } = result;
      expect(fen(metrics['bank.compensationCNY']!)).toBe(sum(compensation.get('riskPool')));
      expect(fen(metrics['bank.guarantorLossCNY']!)).toBe(sum(guarantees.get('guarantor')));
      expect(fen(metrics['bank.reGuarantorLossCNY']!)).toBe(sum(guarantees.get('reGuarantor')));
      expect(fen(metrics['bank.governmentLossCNY']!)).toBe(sum(guarantees.get('treasury')));
    }
  });

  it('records as unpaid exactly what eligible losses claimed (c × unguaranteed loss) and the pool did not pay', () => {
    for (const { name, scenario: s, result } of runs) {
      const { book } = result.bank;
      const rule = s.fiscal.riskCompensation;
      const pool = LOSS_BEARERS.indexOf('riskPool');
      let unpaid = 0;
      for (let i = 0; i < book.count; i++) {
        if (book.status[i] !== WRITTEN_OFF) continue;
        const loss = book.lossCNY[i]!;
        const exposure = book.exposureCNY[i]!;
        const guaranteedShare = exposure > 0 ? Math.min(1, book.guaranteedCNY[i]! / exposure) : 0;
        const unguaranteed = loss - (s.fiscal.guarantee.enabled ? loss * guaranteedShare : 0);
        const eligible = unguaranteed > 0 && rule.eligibleProducts.includes(productOf(book, i));
        if (!eligible) {
          expect(book.borneCNY[i * BEARERS + pool]).toBe(0);
          continue;
        }
        unpaid += fen(unguaranteed * rule.coverageShare) - fen(book.borneCNY[i * BEARERS + pool]!);
      }
      expect(fen(result.bank.unpaidCompensationCNY), name).toBe(unpaid);
      expect(result.bank.poolExhaustedQuarter >= 0, name).toBe(unpaid > 0);
    }
  });
});

describe('simulateTrial: the treasury’s account', () => {
  it('equals the sum of its postings, the replayed balance, and minus every other balance', () => {
    for (const { name, result } of runs) {
      const { ledger } = result;
      const treasury = accountIndex(ledger, 'treasury');
      let postedFen = 0;
      for (let i = 0; i < ledger.count; i++) {
        if (ledger.to[i] === treasury) postedFen += ledger.amountFen[i]!;
        if (ledger.from[i] === treasury) postedFen -= ledger.amountFen[i]!;
      }
      expect(ledger.balanceFen[treasury], name).toBe(postedFen);
      expect(fen(replayBalancesCNY(ledger)[treasury]!), name).toBe(postedFen);
      let othersFen = 0;
      for (let a = 0; a < ledger.accounts.length; a++)
        if (a !== treasury) othersFen += ledger.balanceFen[a]!;
      expect(othersFen, name).toBe(-postedFen);
    }
  });

  it('leaves a ledger in which checkLedger finds nothing', () => {
    for (const { result } of runs) expect(checkLedger(result.ledger)).toEqual([]);
  });
});
