import { describe, expect, it } from 'vitest';
import { findRootInBracket } from '../../../src/engine/metrics/rootFinding.ts';

describe('findRootInBracket', () => {
  it('finds √2 as the root of x² − 2 on [0, 2]', () => {
    const result = findRootInBracket((x) => x * x - 2, 0, 2);
    expect(result.kind).toBe('root');
    if (result.kind === 'root') expect(result.x).toBeCloseTo(Math.SQRT2, 12);
  });

  it('accepts the bracket in either order', () => {
    const result = findRootInBracket((x) => Math.cos(x) - x, 1, 0);
    expect(result.kind).toBe('root');
    if (result.kind === 'root') expect(result.x).toBeCloseTo(0.7390851332151607, 12);
  });

  it('returns an endpoint that is already a root without iterating', () => {
    expect(findRootInBracket((x) => x - 3, 3, 5)).toEqual({
      kind: 'root',
      x: 3,
      fx: 0,
      iterations: 0,
    });
  });

  it('reports noBracket, not a guess, when both ends have the same sign', () => {
    expect(findRootInBracket((x) => x * x + 1, -1, 2)).toEqual({
      kind: 'noBracket',
      fLo: 2,
      fHi: 5,
    });
  });

  it('converges on a step function to the jump, as bisection would', () => {
    const result = findRootInBracket((x) => (x < 0.3 ? -1 : 1), 0, 1, { absoluteTolerance: 1e-10 });
    expect(result.kind).toBe('root');
    if (result.kind === 'root') expect(result.x).toBeCloseTo(0.3, 9);
  });

  it('stays efficient on a function that is flat near its root', () => {
    const result = findRootInBracket((x) => Math.pow(x - 1, 5), 0, 3);
    expect(result.kind).toBe('root');
    if (result.kind === 'root') {
      expect(Math.abs(result.x - 1)).toBeLessThan(1e-2);
      expect(result.iterations).toBeLessThan(200);
    }
  });

  it('reports nonFinite when the function returns NaN', () => {
    const result = findRootInBracket((x) => (x > 0.5 ? Number.NaN : x - 0.75), 0, 1);
    expect(result.kind).toBe('nonFinite');
  });

  it('reports maxIterations with its best estimate when stopped early', () => {
    const result = findRootInBracket((x) => x - 0.123456789, 0, 1, { maxIterations: 2 });
    expect(result.kind === 'maxIterations' || result.kind === 'root').toBe(true);
    const tight = findRootInBracket((x) => Math.pow(x - 1, 5), 0, 3, { maxIterations: 3 });
    expect(tight.kind).toBe('maxIterations');
  });

  it.each([Number.NaN, Infinity, -Infinity])('throws RangeError for a bracket end of %s', (end) => {
    expect(() => findRootInBracket((x) => x, end, 1)).toThrow(RangeError);
    expect(() => findRootInBracket((x) => x, -1, end)).toThrow(RangeError);
  });

  it.each([0, -1, Number.NaN, Infinity])('throws RangeError for a tolerance of %s', (tolerance) => {
    expect(() => findRootInBracket((x) => x, -1, 1, { absoluteTolerance: tolerance })).toThrow(
      RangeError,
    );
  });

  it.each([0, 1.5, -3, Number.NaN])('throws RangeError for maxIterations of %s', (count) => {
    expect(() => findRootInBracket((x) => x, -1, 1, { maxIterations: count })).toThrow(RangeError);
  });
});
