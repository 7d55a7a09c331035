import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from '../../../src/ui/share/shareLink.ts';

describe('share links', () => {
  it('round-trip a preset and its changes, Chinese text included', () => {
    const state = {
      v: 1 as const,
      preset: 'hebei-2022',
      changes: {
        'concession.angelStageShare': 0.3,
        'simulation.seed': 7,
        'funds.angelFunds.0.name.zh': '天使一号',
      },
    };
    const hash = encodeShareHash(state);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(decodeShareHash(hash)).toEqual({ ok: true, state });
  });

  it.each([
    ['', 'notALink'],
    ['#other', 'notALink'],
    ['#s=%%%', 'corrupt'],
    ['#s=' + btoa('{"v":1,"preset":"hebei-2022"'), 'corrupt'],
    ['#s=' + btoa('{"v":2,"preset":"hebei-2022","changes":{}}'), 'invalid'],
    ['#s=' + btoa('{"v":1,"preset":"Hebei!","changes":{}}'), 'invalid'],
    ['#s=' + btoa('{"v":1,"preset":"hebei-2022","changes":{},"extra":1}'), 'invalid'],
  ])('rejects %j as %s', (hash, kind) => {
    const decoded = decodeShareHash(hash);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.kind).toBe(kind);
  });
});
