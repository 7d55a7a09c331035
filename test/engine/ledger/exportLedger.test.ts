import { describe, expect, it } from 'vitest';
import {
  accountIndex,
  createLedger,
  exportLedger,
  ledgerCSVHeader,
  ledgerFromExport,
  ledgerToCSV,
  ledgerToJSON,
  post,
  readLedgerCSV,
  readLedgerExport,
  readLedgerJSON,
  runningBalancesCNY,
  type AccountSpec,
  type Ledger,
  type LedgerReadResult,
} from '../../../src/engine/ledger/index.ts';
import { chainAccounts, randomLedger } from './fixture.ts';

/** Accounts whose ids need RFC 4180 quoting. */
const awkwardAccounts: AccountSpec[] = [
  { id: 'treasury', mayBorrow: true, group: 'treasury' },
  { id: 'angelFund:"Hebei, first"', mayBorrow: false, group: 'angelFund' },
  { id: 'gp:line\nbreak', mayBorrow: true, group: 'gp' },
];

function awkwardLedger(): Ledger {
  const ledger = createLedger(awkwardAccounts);
  post(ledger, 0, 0, 1, 1234.56, 'fiscalFunding');
  post(ledger, 2, 1, 2, 0.07, 'fee', 12);
  post(ledger, 2, 2, 0, 100, 'carry');
  return ledger;
}

function rebuilt(result: LedgerReadResult): Ledger {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const imported = ledgerFromExport(result.value);
  if (!imported.ok) throw new Error(JSON.stringify(imported.violations));
  return imported.ledger;
}

const row = 'quarter,from,to,amountCNY,kind,firm\r\n';

describe('ledgerToCSV', () => {
  it('writes one row per posting, two decimals, ids quoted as RFC 4180 needs', () => {
    expect(ledgerToCSV(awkwardLedger())).toBe(
      `${ledgerCSVHeader}\r\n` +
        '0,treasury,"angelFund:""Hebei, first""",1234.56,fiscalFunding,-1\r\n' +
        '2,"angelFund:""Hebei, first""","gp:line\nbreak",0.07,fee,12\r\n' +
        '2,"gp:line\nbreak",treasury,100.00,carry,-1\r\n',
    );
  });
});

describe('export then import', () => {
  for (const [format, write, read] of [
    ['CSV', ledgerToCSV, (text: string) => readLedgerCSV(text, chainAccounts)],
    ['JSON', ledgerToJSON, readLedgerJSON],
  ] as const) {
    it(`gives identical postings and balances through ${format}`, () => {
      const original = randomLedger(3000, 21);
      const copy = rebuilt(read(write(original)));
      expect(exportLedger(copy)).toEqual(exportLedger(original));
      expect(runningBalancesCNY(copy)).toEqual(runningBalancesCNY(original));
      expect(copy.count).toBe(original.count);
    });
  }

  it('keeps awkward account ids through CSV and JSON', () => {
    const original = awkwardLedger();
    const viaCSV = rebuilt(readLedgerCSV(ledgerToCSV(original), awkwardAccounts));
    const viaJSON = rebuilt(readLedgerJSON(ledgerToJSON(original)));
    for (const copy of [viaCSV, viaJSON])
      expect(exportLedger(copy)).toEqual(exportLedger(original));
    expect(accountIndex(viaJSON, 'gp:line\nbreak')).toBe(2);
  });

  it('accepts LF line ends and no final line end', () => {
    const text = ledgerToCSV(awkwardLedger()).replaceAll('\r\n', '\n').trimEnd();
    expect(exportLedger(rebuilt(readLedgerCSV(text, awkwardAccounts)))).toEqual(
      exportLedger(awkwardLedger()),
    );
  });

  it('refuses to rebuild an export that breaks a ledger rule', () => {
    const data = exportLedger(awkwardLedger());
    data.postings.reverse();
    const imported = ledgerFromExport(data);
    expect(imported.ok).toBe(false);
    if (!imported.ok) {
      expect(imported.violations.map((v) => v.kind)).toContain('quarterBackwards');
    }
  });
});

describe('readLedgerCSV', () => {
  const accounts = awkwardAccounts;
  const csv = (...rows: string[]): string => row + rows.map((r) => `${r}\r\n`).join('');

  it('names the row of an unknown kind, a bad number or an unknown account', () => {
    const result = readLedgerCSV(
      csv(
        '0,treasury,gp:x,5.00,gift,-1', // posting 0: unknown account and kind
        '1,treasury,"angelFund:""Hebei, first""",1.234,fee,-1', // 1: three decimals
        '1,treasury,"angelFund:""Hebei, first""",12,fee,-1', // 2: fine
        'x,treasury,"angelFund:""Hebei, first""",-5,fee,-2', // 3: three bad numbers
      ),
      accounts,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { kind: 'unknownAccount', postingIndex: 0, line: 2, field: 'to', value: 'gp:x' },
        { kind: 'unknownKind', postingIndex: 0, line: 2, value: 'gift' },
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 1,
          line: 3,
          field: 'amountCNY',
          value: '1.234',
        }),
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 3,
          line: 5,
          field: 'quarter',
          value: 'x',
        }),
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 3,
          line: 5,
          field: 'amountCNY',
          value: '-5',
        }),
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 3,
          line: 5,
          field: 'firm',
          value: '-2',
        }),
      ],
    });
  });

  it('refuses each malformed amount', () => {
    for (const bad of [
      '',
      'abc',
      '1e3',
      '-1',
      '1.',
      '.5',
      '1.234',
      'NaN',
      'Infinity',
      ' 1',
      '1e30',
    ]) {
      const result = readLedgerCSV(
        csv(`0,treasury,gp:"x",${bad},fee,-1`.replace('gp:"x"', '"gp:line\nbreak"')),
        accounts,
      );
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.errors, bad).toEqual([
          expect.objectContaining({ kind: 'badNumber', field: 'amountCNY', postingIndex: 0 }),
        ]);
      }
    }
  });

  it('names the line of a row with the wrong number of fields', () => {
    expect(readLedgerCSV(csv('0,treasury,treasury,1.00,fee'), accounts)).toEqual({
      ok: false,
      errors: [
        {
          kind: 'badRecord',
          postingIndex: 0,
          line: 2,
          expected: `6 fields: ${ledgerCSVHeader}`,
          found: '5 fields',
        },
      ],
    });
  });

  it('refuses a wrong header and broken quoting', () => {
    expect(readLedgerCSV('quarter,from,to,amount,kind,firm\r\n', accounts)).toEqual({
      ok: false,
      errors: [
        { kind: 'badHeader', expected: ledgerCSVHeader, found: 'quarter,from,to,amount,kind,firm' },
      ],
    });
    expect(readLedgerCSV(csv('0,"treasury,gp,1.00,fee,-1'), accounts)).toEqual({
      ok: false,
      errors: [{ kind: 'badCSV', line: 2, expected: 'a closing quote' }],
    });
    expect(readLedgerCSV(csv('0,"treasury"x,gp,1.00,fee,-1'), accounts)).toEqual({
      ok: false,
      errors: [{ kind: 'badCSV', line: 2, expected: 'a comma or line end after a closing quote' }],
    });
    expect(readLedgerCSV(csv('0,tre"asury,gp,1.00,fee,-1'), accounts)).toEqual({
      ok: false,
      errors: [{ kind: 'badCSV', line: 2, expected: 'quotes only around a whole field' }],
    });
  });

  it('refuses bad account specs given to it', () => {
    const result = readLedgerCSV(row, [
      ...accounts,
      { id: 'treasury', mayBorrow: true, group: 'treasury' },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [{ kind: 'badAccount', accountIndex: 3, expected: 'an id not already used' }],
    });
  });
});

describe('readLedgerJSON', () => {
  const good = (): { accounts: unknown[]; postings: Array<Record<string, unknown>> } =>
    JSON.parse(ledgerToJSON(awkwardLedger())) as {
      accounts: unknown[];
      postings: Array<Record<string, unknown>>;
    };

  it('names the posting of an unknown kind, a bad number or an unknown account', () => {
    const data = good();
    Object.assign(data.postings[0] ?? {}, { kind: 'gift' });
    Object.assign(data.postings[1] ?? {}, { amountCNY: '0.07', from: 'nobody' });
    Object.assign(data.postings[2] ?? {}, { amountCNY: 1.001, quarter: 2.5 });
    expect(readLedgerJSON(JSON.stringify(data))).toEqual({
      ok: false,
      errors: [
        { kind: 'unknownKind', postingIndex: 0, value: 'gift' },
        { kind: 'unknownAccount', postingIndex: 1, field: 'from', value: 'nobody' },
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 1,
          field: 'amountCNY',
          value: '0.07',
        }),
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 2,
          field: 'quarter',
          value: '2.5',
        }),
        expect.objectContaining({
          kind: 'badNumber',
          postingIndex: 2,
          field: 'amountCNY',
          value: '1.001',
        }),
      ],
    });
  });

  it('refuses text that is not JSON, or not a ledger', () => {
    const notJSON = readLedgerJSON('{"accounts": [');
    expect(notJSON.ok === false && notJSON.errors[0]?.kind).toBe('badJSON');
    expect(readLedgerJSON('[]')).toEqual({
      ok: false,
      errors: [{ kind: 'badShape', path: 'accounts', expected: 'an array' }],
    });
    expect(readLedgerExport({ accounts: [], postings: [7] })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ kind: 'badShape', path: 'postings[0]' })],
    });
    const badAccount = good();
    badAccount.accounts.push({ id: 'x', mayBorrow: 1, group: 'bank' });
    expect(readLedgerExport(badAccount)).toEqual({
      ok: false,
      errors: [{ kind: 'badAccount', accountIndex: 3, expected: 'mayBorrow to be true or false' }],
    });
  });
});
