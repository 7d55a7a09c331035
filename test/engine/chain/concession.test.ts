import { describe, expect, it } from 'vitest';
import { distributeProceeds } from '../../../src/engine/chain/distributions.ts';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { settleWholeFirm } from '../../../src/engine/chain/realisation.ts';
import { addFirm, chainFor, plainAngelFund, postingsOfKind, scenarioWith } from './fixture.ts';

/**
 * One deal of an angel sub-fund (guidance fund 30%, private LPs 70%, no fees, hurdle or carry):
 * 10M for 20% of a 50M post-money round, sold later for 150M ⇒ 30M back, a 20M gain. The guidance
 * fund's share of the gain is 30% × 20M = 6M; the concession moves `rate` × 6M to private LPs.
 */
function oneDeal(f: { stage: number; inProvince: boolean; toGpShare?: number }) {
  const ctx = chainFor(
    scenarioWith({
      concession: { toGpShare: f.toGpShare ?? 0 },
      funds: {
        angelFunds: [plainAngelFund({ ticketCNY: 10_000_000, stageFocus: ['ANGEL', 'EARLY'] })],
      },
    }),
  );
  const firm = addFirm(ctx, { stage: f.stage, postMoneyCNY: 50_000_000, inProvince: f.inProvince });
  processRound(ctx, firm, 0, 10_000_000);
  settleWholeFirm(ctx, firm, 20, 150_000_000, 'exitProceeds');
  distributeProceeds(ctx, 20);
  const paid = (kind: string) =>
    postingsOfKind(ctx, kind).map((p) => [p.to, p.amountCNY] as [string, number]);
  return { distributions: paid('distribution'), concessions: paid('concession') };
}

describe('profit concession (让利) of the guidance fund', () => {
  it('concedes 40% of its gain on an in-province firm first backed at angel stage', () => {
    const { distributions, concessions } = oneDeal({ stage: 1, inProvince: true });
    // Guidance fund: 9M (3M back + 6M gain) less 2.4M; private LPs: 21M plus 2.4M.
    expect(distributions).toEqual([
      ['guidanceFund', 6_600_000],
      ['privateLP:a', 21_000_000],
    ]);
    expect(concessions).toEqual([['privateLP:a', 2_400_000]]);
  });

  it('concedes 30% on an in-province early/mid-stage firm', () => {
    const { distributions, concessions } = oneDeal({ stage: 2, inProvince: true });
    expect(distributions).toEqual([
      ['guidanceFund', 7_200_000],
      ['privateLP:a', 21_000_000],
    ]);
    expect(concessions).toEqual([['privateLP:a', 1_800_000]]);
  });

  it('concedes nothing on an out-of-province firm', () => {
    const { distributions, concessions } = oneDeal({ stage: 1, inProvince: false });
    expect(distributions).toEqual([
      ['guidanceFund', 9_000_000],
      ['privateLP:a', 21_000_000],
    ]);
    expect(concessions).toEqual([]);
  });

  it('pays the GP its part of the conceded amount when the scenario says so', () => {
    // 2.4M conceded, a quarter of it (0.6M) to the GP.
    const { concessions } = oneDeal({ stage: 1, inProvince: true, toGpShare: 0.25 });
    expect(concessions).toEqual([
      ['privateLP:a', 1_800_000],
      ['gp:a', 600_000],
    ]);
  });

  it('concedes nothing on a loss', () => {
    const ctx = chainFor(
      scenarioWith({ funds: { angelFunds: [plainAngelFund({ ticketCNY: 10_000_000 })] } }),
    );
    const firm = addFirm(ctx, { stage: 1, postMoneyCNY: 50_000_000 });
    processRound(ctx, firm, 0, 10_000_000);
    settleWholeFirm(ctx, firm, 20, 25_000_000, 'exitProceeds');
    distributeProceeds(ctx, 20);
    expect(postingsOfKind(ctx, 'concession')).toEqual([]);
    expect(postingsOfKind(ctx, 'distribution').map((p) => p.amountCNY)).toEqual([
      1_500_000, 3_500_000,
    ]);
  });
});
