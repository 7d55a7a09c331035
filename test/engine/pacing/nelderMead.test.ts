import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src/engine/pacing/nelderMead.ts';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function, (1, 1), from (−1.2, 1)', () => {
    const rosenbrock = (x: Float64Array): number =>
      100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  it('finds the centre of a tilted quadratic bowl in four dimensions', () => {
    const centre = [3, -2, 0.5, 10];
    const bowl = (x: Float64Array): number =>
      centre.reduce((sum, c, i) => sum + (i + 1) * (x[i]! - c) ** 2, 0) +
      (x[0]! - centre[0]!) * (x[1]! - centre[1]!);
    const result = nelderMead(bowl, [0, 0, 0, 0], { maxIterations: 5000 });
    centre.forEach((c, i) => expect(result.x[i]).toBeCloseTo(c, 4));
  });

  it('moves away from where the objective is NaN', () => {
    const f = (x: Float64Array): number => (x[0]! < 0 ? Number.NaN : (x[0]! - 2) ** 2);
    const result = nelderMead(f, [0.1]);
    expect(result.x[0]).toBeCloseTo(2, 5);
  });

  it('reports not converged when stopped at maxIterations', () => {
    const f = (x: Float64Array): number => (x[0]! - 100) ** 2;
    expect(nelderMead(f, [0], { maxIterations: 3 }).converged).toBe(false);
  });
});
