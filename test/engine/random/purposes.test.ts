import { describe, expect, it } from 'vitest';
import { STREAM_PURPOSES, isStreamPurpose } from '../../../src/engine/random/index.ts';

describe('stream purposes', () => {
  it('are distinct names', () => {
    expect(new Set(STREAM_PURPOSES).size).toBe(STREAM_PURPOSES.length);
  });

  it('are recognised by isStreamPurpose, and nothing else is', () => {
    for (const purpose of STREAM_PURPOSES) expect(isStreamPurpose(purpose)).toBe(true);
    for (const other of ['', 'Economy', 'constructor', 'toString', 1, null, undefined]) {
      expect(isStreamPurpose(other)).toBe(false);
    }
  });
});
