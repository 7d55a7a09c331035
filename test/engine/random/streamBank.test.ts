import { describe, expect, it } from 'vitest';
import {
  createStream,
  createStreamBank,
  ensureStreamBankCapacity,
  nextInBank,
  seedStreamInBank,
  subStreamBase,
} from '../../../src/engine/random/index.ts';

describe('stream bank', () => {
  it('draws exactly what seedrandom’s xorwow draws for the same sub-stream', () => {
    const bank = createStreamBank(2);
    seedStreamInBank(bank, 0, subStreamBase(2022, 3, 'firmFates'), 17);
    seedStreamInBank(bank, 1, subStreamBase(2022, 3, 'firmFates'), 18);
    const reference17 = createStream(2022, 3, 'firmFates', 17);
    const reference18 = createStream(2022, 3, 'firmFates', 18);
    for (let i = 0; i < 1000; i++) {
      expect(nextInBank(bank, 0)).toBe(reference17());
      expect(nextInBank(bank, 1)).toBe(reference18());
    }
  });

  it('keeps streams when it grows', () => {
    const bank = createStreamBank(1);
    seedStreamInBank(bank, 0, subStreamBase(1, 0, 'firmFates'), 0);
    const first = nextInBank(bank, 0);
    ensureStreamBankCapacity(bank, 100);
    seedStreamInBank(bank, 99, subStreamBase(1, 0, 'firmFates'), 99);
    const reference = createStream(1, 0, 'firmFates', 0);
    expect(reference()).toBe(first);
    expect(nextInBank(bank, 0)).toBe(reference());
  });

  it('gives sub-streams that differ from each other and from the purpose’s own stream', () => {
    const own = createStream(5, 0, 'firmFates')();
    const sub0 = createStream(5, 0, 'firmFates', 0)();
    const sub1 = createStream(5, 0, 'firmFates', 1)();
    expect(new Set([own, sub0, sub1]).size).toBe(3);
  });

  it('gives uncorrelated sub-streams for neighbouring indices (|r| < 4/√n)', () => {
    // The first draws of 50,000 consecutive firms against those of their neighbours.
    const n = 50_000;
    const first = Array.from({ length: n + 1 }, (_, i) => createStream(9, 0, 'firmFates', i)());
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const x = first[i]!;
      const y = first[i + 1]!;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
    }
    const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    expect(Math.abs(r)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sx / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
  });

  it.each([-1, 1.5, Number.NaN])('rejects a sub-stream index of %s', (index) => {
    expect(() => createStream(5, 0, 'firmFates', index)).toThrow(RangeError);
  });
});
