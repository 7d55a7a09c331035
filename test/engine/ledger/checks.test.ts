import { describe, expect, it } from 'vitest';
import {
  checkLedger,
  maxAmountCNY,
  exportLedger,
  type LedgerExport,
  type PostingKind,
} from '../../../src/engine/ledger/index.ts';
import { chainAccounts, randomLedger } from './fixture.ts';

/** An export with one clean posting, to break one rule at a time. */
function oneFunding(): LedgerExport {
  return {
    accounts: chainAccounts.map((account) => ({ ...account })),
    postings: [
      {
        quarter: 0,
        from: 'treasury',
        to: 'guidanceFund',
        amountCNY: 100,
        kind: 'fiscalFunding',
        firm: -1,
      },
    ],
  };
}

describe('checkLedger on a live ledger', () => {
  it('finds nothing wrong with a ledger built by post', () => {
    expect(checkLedger(randomLedger(3000, 11))).toEqual([]);
  });

  it('finds postings tampered with after the fact', () => {
    const ledger = randomLedger(200, 5);
    ledger.amountFen[3] = -5;
    ledger.amountFen[4] = NaN;
    ledger.amountFen[5] = 0.5;
    ledger.kind[6] = 200;
    ledger.to[7] = 99;
    ledger.from[8] = ledger.to[8] ?? 0;
    ledger.quarter[9] = ledger.lastQuarter + 1;
    ledger.firm[10] = -3;
    const kinds = checkLedger(ledger).map((v) => `${v.postingIndex}:${v.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        '3:negativeAmount',
        '4:nonFinite',
        '5:notWholeFen',
        '6:unknownKind',
        '7:unknownAccount',
        '8:sameAccount',
        '10:quarterBackwards',
        '10:badFirm',
        '-1:balanceMismatch',
      ]),
    );
    expect(checkLedger(ledger)).toContainEqual({
      kind: 'unknownAccount',
      postingIndex: 7,
      side: 'to',
      account: '#99',
    });
  });

  it('finds a running balance that differs from the replayed one', () => {
    const ledger = randomLedger(100, 3);
    ledger.balanceFen[0] = (ledger.balanceFen[0] ?? 0) + 1;
    expect(checkLedger(ledger)).toEqual([
      expect.objectContaining({ kind: 'balanceMismatch', account: 'treasury' }),
    ]);
  });
});

describe('checkLedger on an exported ledger', () => {
  it('finds nothing wrong with the export of a clean ledger', () => {
    expect(checkLedger(exportLedger(randomLedger(1000, 4)))).toEqual([]);
  });

  it('finds a non-borrowing account below zero at any moment, even if it ends above', () => {
    const data = oneFunding();
    // The guidance fund pays before it is paid, within the same quarter.
    data.postings.unshift({
      quarter: 0,
      from: 'guidanceFund',
      to: 'angelFund:0',
      amountCNY: 40,
      kind: 'capitalCall',
      firm: -1,
    });
    expect(checkLedger(data)).toEqual([
      {
        kind: 'overdraft',
        postingIndex: 0,
        account: 'guidanceFund',
        quarter: 0,
        balanceCNY: -40,
      },
    ]);
  });

  it('names each broken rule and the posting that breaks it', () => {
    const cases: Array<[Partial<LedgerExport['postings'][number]>, object]> = [
      [{ amountCNY: -1 }, { kind: 'negativeAmount', amountCNY: -1 }],
      [{ amountCNY: Infinity }, { kind: 'nonFinite', amountCNY: Infinity }],
      [{ amountCNY: 0.001 }, { kind: 'notWholeFen', amountCNY: 0.001 }],
      [{ amountCNY: 1e20 }, { kind: 'tooLarge', amountCNY: 1e20 }],
      [{ from: 'nobody' }, { kind: 'unknownAccount', side: 'from', account: 'nobody' }],
      [{ to: 'treasury' }, { kind: 'sameAccount', account: 'treasury' }],
      [{ kind: 'gift' as unknown as PostingKind }, { kind: 'unknownKind', postingKind: 'gift' }],
      [{ quarter: -2 }, { kind: 'badQuarter', quarter: -2 }],
      [{ quarter: 0 }, { kind: 'quarterBackwards', quarter: 0, previousQuarter: 1 }],
      [{ firm: 1.5 }, { kind: 'badFirm', firm: 1.5 }],
    ];
    for (const [change, violation] of cases) {
      const data = oneFunding();
      const first = data.postings[0];
      if (first === undefined) throw new Error('fixture has a posting');
      first.quarter = 1;
      data.postings.push({ ...first, ...change });
      expect(checkLedger(data), JSON.stringify(change)).toEqual([
        { postingIndex: 1, ...violation },
      ]);
    }
  });

  it('finds a fund’s balance past 2^53 fen, where it stops being exact; the outside world may pass it', () => {
    const big = (from: string, to: string): LedgerExport['postings'][number] => ({
      quarter: 0,
      from,
      to,
      amountCNY: maxAmountCNY,
      kind: 'fiscalFunding',
      firm: -1,
    });
    const outside = oneFunding();
    outside.postings = [big('treasury', 'market'), big('treasury', 'market')];
    expect(checkLedger(outside)).toEqual([]);
    const fund = oneFunding();
    fund.postings = [
      big('treasury', 'guidanceFund'),
      { ...big('bank', 'guidanceFund'), amountCNY: 0.01 },
    ];
    expect(checkLedger(fund).map((v) => `${v.postingIndex}:${v.kind}`)).toEqual([
      '1:balanceTooLarge',
    ]);
  });

  it('finds bad and repeated accounts', () => {
    const data = oneFunding();
    data.accounts.push({ id: 'bank', mayBorrow: true, group: 'bank' });
    data.accounts.push({ id: 'casino', mayBorrow: true, group: 'casino' as 'bank' });
    expect(checkLedger(data)).toEqual([
      {
        kind: 'duplicateAccount',
        postingIndex: -1,
        accountIndex: chainAccounts.length,
        account: 'bank',
      },
      expect.objectContaining({ kind: 'badAccount', accountIndex: chainAccounts.length + 1 }),
    ]);
  });
});
