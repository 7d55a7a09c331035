import { describe, expect, it } from 'vitest';
import {
  STREAM_PURPOSES,
  createStream,
  createStreamFromState,
  type RandomStream,
  type StreamPurpose,
  type StreamState,
} from '../../../src/engine/random/index.ts';
import { correlation, sampleOf } from './goodnessOfFit.ts';

const TWO_TO_32 = 2 ** 32;

function take(stream: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => stream());
}

describe('createStream', () => {
  it('gives the same sequence for the same (seed, trial, purpose)', () => {
    const a = createStream(2022, 3, 'firmFates');
    const b = createStream(2022, 3, 'firmFates');
    expect(take(a, 1000)).toEqual(take(b, 1000));
  });

  it('gives these exact first draws (a change here changes every result)', () => {
    expect(take(createStream(2022, 0, 'economy'), 4)).toEqual([
      0.941873735981062, 0.774036978604272, 0.6882269168272614, 0.9205151479691267,
    ]);
    expect(take(createStream('scenario-a', 7, 'firmFates'), 3)).toEqual([
      0.11046236823312938, 0.39571893587708473, 0.2866572120692581,
    ]);
  });

  it('gives a different sequence for every different seed, trial or purpose', () => {
    const seeds: (number | string)[] = [0, 1, 2, 2022, 2023, TWO_TO_32 - 1, 0.5, '', '2022', 'a'];
    const trials = [0, 1, 2, 3, 1000, TWO_TO_32, TWO_TO_32 + 1];
    const firstDraws = new Set<string>();
    for (const seed of seeds) {
      for (const trial of trials) {
        for (const purpose of STREAM_PURPOSES) {
          firstDraws.add(take(createStream(seed, trial, purpose), 3).join());
        }
      }
    }
    expect(firstDraws.size).toBe(seeds.length * trials.length * STREAM_PURPOSES.length);
  });

  it('treats −0 as 0', () => {
    expect(take(createStream(-0, 0, 'bank'), 5)).toEqual(take(createStream(0, 0, 'bank'), 5));
  });

  it('draws multiples of 2^-32 in [0, 1)', () => {
    const stream = createStream(1, 0, 'arrivals');
    for (let i = 0; i < 10_000; i++) {
      const u = stream();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      expect(Number.isInteger(u * TWO_TO_32)).toBe(true);
    }
  });

  it('throws a RangeError naming a bad seed, trial or purpose', () => {
    for (const seed of [NaN, Infinity, -Infinity, undefined, null, {}, 1n]) {
      expect(() => createStream(seed as unknown as number, 0, 'bank')).toThrow(RangeError);
      expect(() => createStream(seed as unknown as number, 0, 'bank')).toThrow('invalid seed');
    }
    for (const trial of [-1, 0.5, NaN, Infinity, 2 ** 53, '1' as unknown as number]) {
      expect(() => createStream(1, trial, 'bank')).toThrow(RangeError);
      expect(() => createStream(1, trial, 'bank')).toThrow(`invalid trial: ${trial}`);
    }
    for (const purpose of ['', 'Bank', 'weather', 'toString']) {
      expect(() => createStream(1, 0, purpose as StreamPurpose)).toThrow(RangeError);
      expect(() => createStream(1, 0, purpose as StreamPurpose)).toThrow(
        `invalid purpose: ${purpose}`,
      );
    }
  });
});

describe('saving and restoring a stream', () => {
  it('resumes exactly where the saved stream stood', () => {
    const stream = createStream(2022, 5, 'rounds');
    take(stream, 123);
    const saved = stream.state();
    const next = take(stream, 500);
    expect(take(createStreamFromState(saved), 500)).toEqual(next);
  });

  it('survives a JSON round trip (as when sent to a worker or written to a file)', () => {
    const stream = createStream(7, 0, 'exits');
    take(stream, 10);
    const saved = JSON.parse(JSON.stringify(stream.state())) as StreamState;
    const restored = createStreamFromState(saved);
    expect(restored.state()).toEqual(stream.state());
    expect(take(restored, 100)).toEqual(take(stream, 100));
  });

  it('does not disturb the stream when its state is read', () => {
    const a = createStream(9, 1, 'fiscal');
    const b = createStream(9, 1, 'fiscal');
    const withReads = Array.from({ length: 50 }, () => (a.state(), a()));
    expect(withReads).toEqual(take(b, 50));
  });

  it('throws a RangeError naming a bad state', () => {
    const good = createStream(1, 0, 'bank').state();
    const bad: [string, unknown][] = [
      ['x', 1.5],
      ['y', TWO_TO_32],
      ['z', NaN],
      ['w', '1'],
      ['v', undefined],
      ['d', -(2 ** 31) - 1],
    ];
    for (const [key, value] of bad) {
      const state = { ...good, [key]: value } as unknown as StreamState;
      expect(() => createStreamFromState(state)).toThrow(RangeError);
      expect(() => createStreamFromState(state)).toThrow(`invalid state.${key}: ${String(value)}`);
    }
    const zero = { x: 0, y: 0, z: 0, w: 0, v: 0, d: 5 };
    expect(() => createStreamFromState(zero)).toThrow(RangeError);
  });
});

describe('independence of streams', () => {
  // Under independence the sample correlation of n pairs is about N(0, 1/n); the bound
  // 4/sqrt(n) is a two-sided test at level 6e-5 per pair.
  const n = 100_000;
  const bound = 4 / Math.sqrt(n);
  const draws = (seed: number, trial: number, purpose: StreamPurpose) =>
    sampleOf(n, createStream(seed, trial, purpose));

  it(`neighbouring trials are uncorrelated (|r| < 4/sqrt(n) = ${bound.toFixed(4)}, n = ${n})`, () => {
    for (const [a, b] of [
      [0, 1],
      [1, 2],
      [2, 3],
      [99, 100],
      [0, TWO_TO_32],
    ] as const) {
      expect(
        Math.abs(correlation(draws(2022, a, 'firmFates'), draws(2022, b, 'firmFates'))),
      ).toBeLessThan(bound);
    }
  });

  it('neighbouring seeds are uncorrelated', () => {
    for (const [a, b] of [
      [0, 1],
      [2022, 2023],
    ] as const) {
      expect(Math.abs(correlation(draws(a, 0, 'economy'), draws(b, 0, 'economy')))).toBeLessThan(
        bound,
      );
    }
  });

  it('every pair of purposes is uncorrelated', () => {
    const byPurpose = STREAM_PURPOSES.map((purpose) => draws(2022, 0, purpose));
    for (let i = 0; i < byPurpose.length; i++) {
      for (let j = i + 1; j < byPurpose.length; j++) {
        const [a, b] = [byPurpose[i], byPurpose[j]];
        if (!a || !b) throw new Error('unreachable');
        expect(Math.abs(correlation(a, b))).toBeLessThan(bound);
      }
    }
  });

  it('the first draws of consecutive trials are uncorrelated', () => {
    const m = 50_000;
    const first = sampleOf(
      m + 1,
      (() => {
        let trial = 0;
        return () => createStream(2022, trial++, 'arrivals')();
      })(),
    );
    expect(Math.abs(correlation(first.subarray(0, m), first.subarray(1)))).toBeLessThan(
      4 / Math.sqrt(m),
    );
  });

  it('successive draws of one stream are uncorrelated (lag 1)', () => {
    const u = draws(2022, 0, 'bank');
    expect(Math.abs(correlation(u.subarray(0, n - 1), u.subarray(1)))).toBeLessThan(bound);
  });
});
