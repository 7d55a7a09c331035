import { describe, expect, it } from 'vitest';
import {
  accountIndex,
  addAccount,
  balanceCNY,
  checkLedger,
  createLedger,
  LedgerError,
  maxAmountCNY,
  post,
  readPosting,
  replayBalancesCNY,
  resetLedger,
  runningBalancesCNY,
  toFen,
  type Ledger,
  type PostingKind,
} from '../../../src/engine/ledger/index.ts';
import { chainAccounts, randomLedger } from './fixture.ts';

function chain(): {
  ledger: Ledger;
  treasury: number;
  guidance: number;
  angel: number;
  market: number;
} {
  const ledger = createLedger(chainAccounts);
  return {
    ledger,
    treasury: accountIndex(ledger, 'treasury'),
    guidance: accountIndex(ledger, 'guidanceFund'),
    angel: accountIndex(ledger, 'angelFund:0'),
    market: accountIndex(ledger, 'market'),
  };
}

/** What a refused posting must not change. */
function snapshot(ledger: Ledger): unknown {
  return { count: ledger.count, balances: runningBalancesCNY(ledger), last: ledger.lastQuarter };
}

describe('post', () => {
  it('moves one amount out of one account and into another', () => {
    const { ledger, treasury, guidance, angel } = chain();
    expect(post(ledger, 0, treasury, guidance, 1_000_000, 'fiscalFunding')).toBe(0);
    expect(post(ledger, 1, guidance, angel, 250_000.5, 'capitalCall')).toBe(1);
    expect(balanceCNY(ledger, treasury)).toBe(-1_000_000);
    expect(balanceCNY(ledger, guidance)).toBe(749_999.5);
    expect(balanceCNY(ledger, angel)).toBe(250_000.5);
    expect(readPosting(ledger, 1)).toEqual({
      quarter: 1,
      from: guidance,
      to: angel,
      amountCNY: 250_000.5,
      kind: 'capitalCall',
      firm: -1,
    });
  });

  it('keeps balances that sum to exactly zero over thousands of postings', () => {
    const ledger = randomLedger(5000);
    expect(ledger.count).toBeGreaterThan(4000);
    let sumFen = 0;
    for (let a = 0; a < ledger.accounts.length; a++) sumFen += ledger.balanceFen[a] ?? 0;
    expect(sumFen).toBe(0);
    expect(checkLedger(ledger)).toEqual([]);
  });

  it('keeps running balances equal to those derived by replaying its postings', () => {
    for (const seed of [1, 2, 3]) {
      const ledger = randomLedger(3000, seed);
      expect(replayBalancesCNY(ledger)).toEqual(runningBalancesCNY(ledger));
    }
  });

  it('refuses, with LedgerError, an amount that is not finite and non-negative', () => {
    const { ledger, treasury, guidance } = chain();
    post(ledger, 0, treasury, guidance, 10, 'fiscalFunding');
    const before = snapshot(ledger);
    for (const bad of [NaN, Infinity, -Infinity, -1, -0.01, 2e18]) {
      const attempt = (): number => post(ledger, 3, treasury, guidance, bad, 'fiscalFunding');
      expect(attempt).toThrow(LedgerError);
      try {
        attempt();
      } catch (error) {
        expect(error).toBeInstanceOf(LedgerError);
        const { reason, posting, message } = error as LedgerError;
        expect(reason).toBe('badAmount');
        expect(posting).toEqual({
          quarter: 3,
          from: 'treasury',
          to: 'guidanceFund',
          amountCNY: bad,
          kind: 'fiscalFunding',
          firm: -1,
        });
        expect(message).toContain(`fiscalFunding of ${bad} CNY from 'treasury' to 'guidanceFund'`);
      }
    }
    expect(snapshot(ledger)).toEqual(before);
  });

  it('refuses a quarter that goes backwards or is not a whole non-negative number', () => {
    const { ledger, treasury, guidance } = chain();
    post(ledger, 4, treasury, guidance, 10, 'fiscalFunding');
    const before = snapshot(ledger);
    const cases: Array<[number, string]> = [
      [3, 'quarterBackwards'],
      [-1, 'badQuarter'],
      [4.5, 'badQuarter'],
      [NaN, 'badQuarter'],
    ];
    for (const [quarter, reason] of cases) {
      expect(() => post(ledger, quarter, treasury, guidance, 1, 'fiscalFunding')).toThrow(
        expect.objectContaining({ name: 'LedgerError', reason }),
      );
    }
    expect(snapshot(ledger)).toEqual(before);
    expect(post(ledger, 4, treasury, guidance, 1, 'fiscalFunding')).toBe(1);
  });

  it('refuses unknown accounts, a posting to itself, unknown kinds and bad firms', () => {
    const { ledger, treasury, guidance } = chain();
    for (const bad of [-1, chainAccounts.length, 1.5, NaN]) {
      expect(() => post(ledger, 0, bad, guidance, 1, 'fiscalFunding')).toThrow(
        expect.objectContaining({ reason: 'unknownAccount' }),
      );
      expect(() => post(ledger, 0, treasury, bad, 1, 'fiscalFunding')).toThrow(
        expect.objectContaining({ reason: 'unknownAccount' }),
      );
    }
    expect(() => post(ledger, 0, treasury, treasury, 1, 'fiscalFunding')).toThrow(
      expect.objectContaining({ reason: 'sameAccount' }),
    );
    for (const bad of ['gift', 'toString', '__proto__', '']) {
      expect(() => post(ledger, 0, treasury, guidance, 1, bad as unknown as PostingKind)).toThrow(
        expect.objectContaining({ reason: 'unknownKind' }),
      );
    }
    for (const bad of [-2, 0.5, NaN, 2 ** 31]) {
      expect(() => post(ledger, 0, treasury, guidance, 1, 'investment', bad)).toThrow(
        expect.objectContaining({ reason: 'badFirm' }),
      );
    }
    expect(ledger.count).toBe(0);
  });

  it('never lets an account that may not borrow go below zero', () => {
    const { ledger, treasury, guidance, angel } = chain();
    post(ledger, 0, treasury, guidance, 100, 'fiscalFunding');
    expect(() => post(ledger, 1, guidance, angel, 100.01, 'capitalCall')).toThrow(
      expect.objectContaining({
        reason: 'overdraft',
        message: expect.stringContaining('holds 100 CNY'),
      }),
    );
    expect(() => post(ledger, 1, angel, guidance, 0.01, 'distribution')).toThrow(LedgerError);
    expect(balanceCNY(ledger, guidance)).toBe(100);
    post(ledger, 1, guidance, angel, 100, 'capitalCall');
    expect(balanceCNY(ledger, guidance)).toBe(0);
  });

  it('refuses a posting that would take a fund’s balance past maxAmountCNY, where fen stop being exact', () => {
    const { ledger, treasury, guidance } = chain();
    post(ledger, 0, treasury, guidance, maxAmountCNY, 'fiscalFunding');
    expect(() => post(ledger, 0, treasury, guidance, 1, 'fiscalFunding')).toThrow(
      expect.objectContaining({ reason: 'balanceTooLarge' }),
    );
    expect(ledger.count).toBe(1);
  });

  it('lets the outside world pass 2^53 fen, and books a movement larger than one posting in several', () => {
    const { ledger, treasury, market } = chain();
    post(ledger, 0, treasury, market, maxAmountCNY, 'fiscalFunding');
    post(ledger, 0, treasury, market, 1, 'fiscalFunding');
    expect(ledger.count).toBe(2);
    // 2.5 × maxAmountCNY is just under 5 × 2^52 fen: three pieces of 2^52 fen and the rest (just
    // under 2^53), each an exact integer of fen, summing to the amount.
    const before = ledger.count;
    const last = post(ledger, 1, market, treasury, 2.5 * maxAmountCNY, 'exitProceeds');
    expect(last).toBe(ledger.count - 1);
    const pieces = Array.from(ledger.amountFen.subarray(before, ledger.count));
    const total = toFen(2.5 * maxAmountCNY);
    expect(pieces).toEqual([2 ** 52, 2 ** 52, 2 ** 52, total - 3 * 2 ** 52]);
    expect(Number.isSafeInteger(pieces[3])).toBe(true);
    expect(pieces.reduce((sum, f) => sum + BigInt(f), 0n)).toBe(BigInt(toFen(2.5 * maxAmountCNY)));
    expect(() => post(ledger, 2, market, treasury, 2e18, 'exitProceeds')).toThrow(
      expect.objectContaining({ reason: 'badAmount' }),
    );
  });

  it('lets an account that may borrow (treasury, market) go below zero', () => {
    const { ledger, treasury, guidance, angel, market } = chain();
    post(ledger, 0, treasury, guidance, 1e9, 'fiscalFunding');
    post(ledger, 0, market, angel, 5e8, 'exitProceeds', 7);
    expect(balanceCNY(ledger, treasury)).toBe(-1e9);
    expect(balanceCNY(ledger, market)).toBe(-5e8);
  });

  it('records whole fen, rounding each posting half away from zero', () => {
    const table: Array<[number, number]> = [
      [0.005, 1],
      [0.004, 0],
      [0.015, 2],
      [1.005, 101],
      [2.675, 268],
      [1 / 3, 33],
      [2 / 3, 67],
      [-0.005, -1],
      [123_456_789.125, 12_345_678_913],
    ];
    for (const [amountCNY, fen] of table) expect(toFen(amountCNY), `${amountCNY}`).toBe(fen);

    const { ledger, treasury, guidance, angel } = chain();
    for (let i = 0; i < 3; i++) post(ledger, 0, treasury, guidance, 0.005, 'fiscalFunding');
    expect(balanceCNY(ledger, guidance)).toBe(0.03);
    for (let i = 0; i < 3; i++) post(ledger, 0, treasury, angel, 1 / 3, 'fiscalFunding');
    expect(balanceCNY(ledger, angel)).toBe(0.99);
    expect(balanceCNY(ledger, treasury)).toBe(-1.02);
  });

  it('does not record an amount that rounds to zero', () => {
    const { ledger, treasury, guidance } = chain();
    expect(post(ledger, 0, treasury, guidance, 0, 'fiscalFunding')).toBe(-1);
    expect(post(ledger, 0, treasury, guidance, 0.0049, 'fiscalFunding')).toBe(-1);
    expect(ledger.count).toBe(0);
    expect(balanceCNY(ledger, treasury)).toBe(0);
  });

  it('grows past its initial capacity and keeps every posting', () => {
    const ledger = createLedger(chainAccounts, { initialCapacity: 2 });
    const treasury = accountIndex(ledger, 'treasury');
    const firm = accountIndex(ledger, 'firm');
    for (let i = 0; i < 1000; i++) post(ledger, i >> 4, treasury, firm, i + 1, 'subsidy', i);
    expect(ledger.count).toBe(1000);
    expect(ledger.quarter.length).toBe(1024);
    for (const i of [0, 1, 2, 511, 999]) {
      expect(readPosting(ledger, i)).toMatchObject({ quarter: i >> 4, amountCNY: i + 1, firm: i });
    }
    expect(balanceCNY(ledger, firm)).toBe((1000 * 1001) / 2);
  });

  it('refuses a bad initial capacity', () => {
    for (const bad of [0, -1, 1.5, NaN]) {
      expect(() => createLedger(chainAccounts, { initialCapacity: bad })).toThrow(LedgerError);
    }
  });
});

describe('accounts', () => {
  it('are added before first use and found by id', () => {
    const ledger = createLedger();
    const treasury = addAccount(ledger, { id: 'treasury', mayBorrow: true, group: 'treasury' });
    for (let i = 0; i < 40; i++) {
      addAccount(ledger, { id: `angelFund:${i}`, mayBorrow: false, group: 'angelFund' });
    }
    const last = accountIndex(ledger, 'angelFund:39');
    expect(last).toBe(40);
    expect(accountIndex(ledger, 'angelFund:40')).toBe(-1);
    post(ledger, 0, treasury, last, 5, 'fiscalFunding');
    expect(balanceCNY(ledger, last)).toBe(5);
  });

  it('refuses a repeated id or a bad spec', () => {
    const ledger = createLedger(chainAccounts);
    expect(() => addAccount(ledger, { id: 'bank', mayBorrow: true, group: 'bank' })).toThrow(
      expect.objectContaining({ reason: 'duplicateAccount' }),
    );
    const bad: unknown[] = [
      { id: '', mayBorrow: true, group: 'bank' },
      { id: 'x', mayBorrow: 'yes', group: 'bank' },
      { id: 'y', mayBorrow: true, group: 'casino' },
      null,
    ];
    for (const spec of bad) {
      expect(() => addAccount(ledger, spec as (typeof chainAccounts)[number])).toThrow(
        expect.objectContaining({ reason: 'badAccount' }),
      );
    }
    expect(ledger.accounts.length).toBe(chainAccounts.length);
  });
});

describe('resetLedger', () => {
  it('empties the ledger for the next trial and keeps its accounts and room', () => {
    const ledger = randomLedger(2000);
    const room = ledger.quarter.length;
    resetLedger(ledger);
    expect(ledger.count).toBe(0);
    expect(runningBalancesCNY(ledger).every((b) => b === 0)).toBe(true);
    expect(ledger.quarter.length).toBe(room);
    post(ledger, 0, 0, 1, 1, 'fiscalFunding');
    expect(checkLedger(ledger)).toEqual([]);
  });
});
