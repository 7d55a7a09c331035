// Rewrites the README's generated tables — the metric tables from the engine's metric catalog and
// the plausible ranges of the sensitivity analysis from their catalog — then formats the README
// with Prettier (as `npm run lint` checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { METRIC_TABLE_END, METRIC_TABLE_START, metricTableBlock } from './metricTable.ts';
import { RANGE_TABLE_END, RANGE_TABLE_START, rangeTableBlock } from './rangeTable.ts';

const target = new URL('../README.md', import.meta.url);
let text = readFileSync(target, 'utf8');
for (const [startMark, endMark, block] of [
  [METRIC_TABLE_START, METRIC_TABLE_END, metricTableBlock()],
  [RANGE_TABLE_START, RANGE_TABLE_END, rangeTableBlock()],
] as const) {
  const start = text.indexOf(startMark);
  const end = text.indexOf(endMark);
  if (start < 0 || end < start) {
    console.error(`README.md has no block between ${startMark} and ${endMark}`);
    process.exit(1);
  }
  text = text.slice(0, start) + block + text.slice(end + endMark.length);
}
const options = (await prettier.resolveConfig(target.pathname)) ?? {};
writeFileSync(target, await prettier.format(text, { ...options, filepath: target.pathname }));
console.log(`wrote the metric and plausible-range tables of ${target.pathname}`);
