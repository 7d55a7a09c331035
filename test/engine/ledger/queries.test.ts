import { describe, expect, it } from 'vitest';
import {
  accountCashFlowsCNY,
  accountIndex,
  createLedger,
  forEachPosting,
  post,
  readPosting,
  totalsByKindCNY,
  type Ledger,
  type PostingRecord,
} from '../../../src/engine/ledger/index.ts';
import { chainAccounts, randomLedger } from './fixture.ts';

/** A small angel sub-fund's life: funded, invests in firm 3, charges a fee, exits and distributes. */
function angelFundLife(): { ledger: Ledger; id: (name: string) => number } {
  const ledger = createLedger(chainAccounts);
  const id = (name: string): number => accountIndex(ledger, name);
  post(ledger, 0, id('treasury'), id('guidanceFund'), 1000, 'fiscalFunding');
  post(ledger, 1, id('guidanceFund'), id('angelFund:0'), 400, 'capitalCall');
  post(ledger, 1, id('privateLP:angelFund:0'), id('angelFund:0'), 600, 'capitalCall');
  post(ledger, 2, id('angelFund:0'), id('firm'), 800, 'investment', 3);
  post(ledger, 2, id('angelFund:0'), id('gp:angelFund:0'), 20.25, 'fee');
  post(ledger, 5, id('market'), id('angelFund:0'), 2000, 'exitProceeds', 3);
  post(ledger, 6, id('angelFund:0'), id('guidanceFund'), 700, 'distribution');
  post(ledger, 6, id('angelFund:0'), id('privateLP:angelFund:0'), 1000.1, 'distribution');
  post(ledger, 6, id('angelFund:0'), id('privateLP:angelFund:0'), 79.65, 'concession');
  return { ledger, id };
}

describe('accountCashFlowsCNY', () => {
  it("gives an account's net flow per quarter, inflows positive and outflows negative", () => {
    const { ledger, id } = angelFundLife();
    const flows = accountCashFlowsCNY(ledger, id('angelFund:0'), 8);
    expect(Array.from(flows)).toEqual([0, 1000, -820.25, 0, 0, 2000, -1779.75, 0]);
  });

  it('filters by kind, by counterparty and by firm', () => {
    const { ledger, id } = angelFundLife();
    const angel = id('angelFund:0');
    const calls = accountCashFlowsCNY(ledger, angel, 8, { kinds: ['capitalCall'] });
    expect(Array.from(calls)).toEqual([0, 1000, 0, 0, 0, 0, 0, 0]);
    const withLP = accountCashFlowsCNY(ledger, angel, 8, {
      counterparty: id('privateLP:angelFund:0'),
    });
    expect(Array.from(withLP)).toEqual([0, 600, 0, 0, 0, 0, -1079.75, 0]);
    const lpDistributions = accountCashFlowsCNY(ledger, id('privateLP:angelFund:0'), 8, {
      kinds: ['distribution', 'concession'],
    });
    expect(lpDistributions[6]).toBe(1079.75);
    const firm3 = accountCashFlowsCNY(ledger, angel, 8, { firm: 3 });
    expect(Array.from(firm3)).toEqual([0, 0, -800, 0, 0, 2000, 0, 0]);
  });

  it('sums every quarter exactly in fen', () => {
    const ledger = createLedger(chainAccounts);
    const treasury = accountIndex(ledger, 'treasury');
    const pool = accountIndex(ledger, 'riskPool');
    for (let i = 0; i < 10; i++) post(ledger, 0, treasury, pool, 0.1, 'fiscalFunding');
    expect(accountCashFlowsCNY(ledger, pool, 1)[0]).toBe(1);
  });

  it('writes into a given array, and refuses to drop postings past the horizon', () => {
    const { ledger, id } = angelFundLife();
    const out = new Float64Array(10).fill(99);
    const flows = accountCashFlowsCNY(ledger, id('guidanceFund'), 10, undefined, out);
    expect(flows).toBe(out);
    expect(Array.from(out)).toEqual([1000, -400, 0, 0, 0, 0, 700, 0, 0, 0]);
    expect(() => accountCashFlowsCNY(ledger, id('angelFund:0'), 6)).toThrow(RangeError);
    expect(() => accountCashFlowsCNY(ledger, 99, 8)).toThrow(RangeError);
  });

  it("adds up, over all quarters and accounts, to each account's balance", () => {
    const ledger = randomLedger(2000, 7);
    const quarters = ledger.lastQuarter + 1;
    for (let a = 0; a < ledger.accounts.length; a++) {
      const flows = accountCashFlowsCNY(ledger, a, quarters);
      const totalFen = flows.reduce((sum, cny) => sum + Math.round(cny * 100), 0);
      expect(totalFen).toBe(ledger.balanceFen[a]);
    }
  });
});

describe('totalsByKindCNY', () => {
  it('gives the gross amount moved by each kind, every kind present', () => {
    const { ledger } = angelFundLife();
    const totals = totalsByKindCNY(ledger);
    expect(totals.capitalCall).toBe(1000);
    expect(totals.distribution).toBe(1700.1);
    expect(totals.concession).toBe(79.65);
    expect(totals.loanDraw).toBe(0);
  });

  it("gives one account's signed net by kind, optionally for one firm", () => {
    const { ledger, id } = angelFundLife();
    const angel = totalsByKindCNY(ledger, { account: id('angelFund:0') });
    expect(angel).toMatchObject({ capitalCall: 1000, investment: -800, fee: -20.25 });
    expect(angel.exitProceeds).toBe(2000);
    const firm3 = totalsByKindCNY(ledger, { account: id('angelFund:0'), firm: 3 });
    expect(firm3).toMatchObject({ investment: -800, exitProceeds: 2000, fee: 0 });
    expect(() => totalsByKindCNY(ledger, { account: -1 })).toThrow(RangeError);
  });
});

describe('forEachPosting and readPosting', () => {
  it('visit every posting in order', () => {
    const { ledger } = angelFundLife();
    const seen: PostingRecord[] = [];
    forEachPosting(ledger, (posting, index) => {
      expect(index).toBe(seen.length);
      seen.push({ ...posting });
    });
    expect(seen).toHaveLength(9);
    expect(seen[3]).toEqual(readPosting(ledger, 3));
    expect(seen[3]).toMatchObject({ quarter: 2, amountCNY: 800, kind: 'investment', firm: 3 });
  });

  it('readPosting refills a given record and refuses an index out of range', () => {
    const { ledger } = angelFundLife();
    const record = readPosting(ledger, 0);
    expect(readPosting(ledger, 8, record)).toBe(record);
    expect(record.kind).toBe('concession');
    for (const bad of [-1, 9, 0.5, NaN]) expect(() => readPosting(ledger, bad)).toThrow(RangeError);
  });
});
