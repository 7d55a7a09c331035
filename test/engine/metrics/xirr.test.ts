import { describe, expect, it } from 'vitest';
import { xirr, type XirrFlow } from '../../../src/engine/metrics/xirr.ts';

describe('xirr: Microsoft Excel XIRR example', () => {
  // https://support.microsoft.com/en-us/office/xirr-function-de1242ec-6477-445b-b11b-a303ad9adc9d
  // (read as https://support.microsoft.com/zh-cn/excel/functions/xirr-function, same table):
  // XIRR(A3:A7, B3:B7, 0.1) = 0.373362535, i.e. 37.34%.
  const flows: XirrFlow[] = [
    { date: '2008-01-01', amountCNY: -10_000 },
    { date: '2008-03-01', amountCNY: 2_750 },
    { date: '2008-10-30', amountCNY: 4_250 },
    { date: '2009-02-15', amountCNY: 3_250 },
    { date: '2009-04-01', amountCNY: 2_750 },
  ];

  it('gives 0.373362535', () => {
    const result = xirr(flows, { guess: 0.1 });
    expect(result.kind).toBe('rate');
    if (result.kind !== 'rate') return;
    // Excel stops at 1e-8 relative accuracy, so agree to 8 decimals.
    expect(result.annualRate).toBeCloseTo(0.373362535, 8);
    expect(result.ratePerPeriod).toBe(result.annualRate);
    expect(result.multipleRoots).toBe(false);
  });

  it('gives the same rate for the flows in any order', () => {
    const shuffled = [flows[3], flows[0], flows[4], flows[2], flows[1]] as XirrFlow[];
    const result = xirr(shuffled);
    expect(result.kind === 'rate' && result.annualRate).toBeCloseTo(0.373362535, 8);
  });

  it('gives the same rate for Date objects at UTC midnight', () => {
    const dated = flows.map((flow) => ({
      ...flow,
      date: new Date(`${String(flow.date)}T00:00:00Z`),
    }));
    const result = xirr(dated);
    expect(result.kind === 'rate' && result.annualRate).toBeCloseTo(0.373362535, 8);
  });

  it('reads a Date on its UTC calendar day, ignoring the time of day', () => {
    const late = flows.map((flow) => ({
      ...flow,
      date: new Date(`${String(flow.date)}T23:59:59Z`),
    }));
    const result = xirr(late);
    expect(result.kind === 'rate' && result.annualRate).toBeCloseTo(0.373362535, 8);
  });
});

describe('xirr: hand-computed cases', () => {
  it('gives 10% for −100 and +110 one 365-day year apart', () => {
    const result = xirr([
      { date: '2021-01-01', amountCNY: -100 },
      { date: '2022-01-01', amountCNY: 110 },
    ]);
    expect(result.kind === 'rate' && result.annualRate).toBeCloseTo(0.1, 12);
  });

  it('counts the leap day: 2020-01-01 to 2021-01-01 is 366/365 of a year', () => {
    const result = xirr([
      { date: '2020-01-01', amountCNY: -100 },
      { date: '2021-01-01', amountCNY: 110 },
    ]);
    expect(result.kind === 'rate' && result.annualRate).toBeCloseTo(
      Math.pow(1.1, 365 / 366) - 1,
      12,
    );
  });

  it('nets flows on the same day before looking for sign changes', () => {
    const result = xirr([
      { date: '2021-01-01', amountCNY: -150 },
      { date: '2021-01-01', amountCNY: 50 },
      { date: '2022-01-01', amountCNY: 110 },
    ]);
    expect(result.kind === 'rate' && result.annualRate).toBeCloseTo(0.1, 12);
  });

  it('reports both rates when there are two: 10% and 20% a year', () => {
    const result = xirr([
      { date: '2019-01-01', amountCNY: -100 },
      { date: '2020-01-01', amountCNY: 230 },
      { date: '2020-12-31', amountCNY: -132 }, // 2020 is a leap year: 730 days after the start
    ]);
    expect(result.kind).toBe('rate');
    if (result.kind !== 'rate') return;
    expect(result.allRatesPerPeriod).toHaveLength(2);
    expect(result.allRatesPerPeriod[0]).toBeCloseTo(0.1, 10);
    expect(result.allRatesPerPeriod[1]).toBeCloseTo(0.2, 10);
    expect(result.multipleRoots).toBe(true);
  });
});

describe('xirr: when there is no rate', () => {
  it('returns no XIRR for no flows', () => {
    expect(xirr([])).toEqual({ kind: 'none', reason: 'empty' });
  });

  it('returns no XIRR when every flow is positive', () => {
    expect(
      xirr([
        { date: '2021-01-01', amountCNY: 100 },
        { date: '2022-01-01', amountCNY: 110 },
      ]),
    ).toEqual({ kind: 'none', reason: 'noSignChange' });
  });

  it('returns no XIRR when opposite flows on one day cancel', () => {
    expect(
      xirr([
        { date: '2021-01-01', amountCNY: -100 },
        { date: '2021-01-01', amountCNY: 100 },
      ]),
    ).toEqual({ kind: 'none', reason: 'noSignChange' });
  });

  it.each([Number.NaN, Infinity])('returns no XIRR when an amount is %s', (bad) => {
    expect(
      xirr([
        { date: '2021-01-01', amountCNY: -100 },
        { date: '2022-01-01', amountCNY: bad },
      ]),
    ).toEqual({ kind: 'none', reason: 'nonFinite' });
  });

  it('returns noRoot when the NPV never reaches zero', () => {
    expect(
      xirr([
        { date: '2019-01-01', amountCNY: -100 },
        { date: '2020-01-01', amountCNY: 250 },
        { date: '2020-12-31', amountCNY: -170 },
      ]),
    ).toEqual({ kind: 'none', reason: 'noRoot' });
  });
});

describe('xirr: inputs are checked', () => {
  it.each([
    '2009-02-30',
    '2008-13-01',
    '2008-1-1',
    '01/01/2008',
    '',
    '2008-01-01T00:00',
    '0099-01-01',
  ])('throws RangeError naming the flow for the date %j', (date) => {
    const flows = [
      { date: '2021-01-01', amountCNY: -100 },
      { date, amountCNY: 110 },
    ];
    expect(() => xirr(flows)).toThrow(RangeError);
    expect(() => xirr(flows)).toThrow(/flows\[1\]\.date/);
  });

  it('throws RangeError for an invalid Date', () => {
    expect(() =>
      xirr([
        { date: new Date(Number.NaN), amountCNY: -100 },
        { date: '2022-01-01', amountCNY: 110 },
      ]),
    ).toThrow(RangeError);
  });

  it.each([-1, -5, Number.NaN, Infinity])('throws RangeError for guess %s', (bad) => {
    expect(() => xirr([{ date: '2021-01-01', amountCNY: -100 }], { guess: bad })).toThrow(
      RangeError,
    );
  });
});
