export {
  createStream,
  createStreamFromState,
  type RandomStream,
  type SeededStream,
  type StreamState,
} from './stream.ts';
export { STREAM_PURPOSES, isStreamPurpose, type StreamPurpose } from './purposes.ts';
export { uniform } from './uniform.ts';
export { normal } from './normal.ts';
export { lognormal } from './lognormal.ts';
export { poisson, MAX_POISSON_LAMBDA } from './poisson.ts';
export { bernoulli } from './bernoulli.ts';
export { normalCdf, normalQuantile } from './normalDistribution.ts';
export { ATTRIBUTE, ATTRIBUTES, counterKey, counterUniform, DRAW } from './counterDraws.ts';
export { geometricWait, waitAtLeastCutoff } from './geometricWait.ts';
export { openUnit, toOpenUnit } from './openUnit.ts';
