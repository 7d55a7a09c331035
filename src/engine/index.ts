// The engine's public API. This file only re-exports: reading it shows the whole surface.
export * from './scenario/index.ts';
export * from './random/index.ts';
export * from './ledger/index.ts';
export * from './metrics/index.ts';
export * from './funds/index.ts';
