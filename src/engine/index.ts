// The engine's public API. This file only re-exports: reading it shows the whole surface.
export * from './scenario/index.ts';
