import { describe, expect, it } from 'vitest';
import { openUnit } from '../../../src/engine/random/openUnit.ts';

const STEP = 2 ** -32;

describe('openUnit', () => {
  it('maps a 32-bit draw to the centre of its cell, never 0 or 1', () => {
    expect(openUnit(() => 0)).toBe(STEP / 2);
    expect(openUnit(() => 1 - STEP)).toBe(1 - STEP / 2);
    expect(openUnit(() => 0.5)).toBe(0.5 + STEP / 2);
  });

  it('is symmetric: cells k and 2^32 − 1 − k sum to exactly 1', () => {
    for (const k of [0, 1, 12345, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2]) {
      expect(openUnit(() => k * STEP) + openUnit(() => (2 ** 32 - 1 - k) * STEP)).toBe(1);
    }
  });

  it('rounds a finer source down to its 32-bit cell', () => {
    expect(openUnit(() => 1 - 2 ** -53)).toBe(1 - STEP / 2);
    expect(openUnit(() => 2 ** -40)).toBe(STEP / 2);
  });
});
