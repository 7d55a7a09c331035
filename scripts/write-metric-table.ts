// Rewrites the README's metric tables from the engine's metric catalog, then formats the README
// with Prettier (as `npm run lint` checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { METRIC_TABLE_END, METRIC_TABLE_START, metricTableBlock } from './metricTable.ts';

const target = new URL('../README.md', import.meta.url);
const text = readFileSync(target, 'utf8');
const start = text.indexOf(METRIC_TABLE_START);
const end = text.indexOf(METRIC_TABLE_END);
if (start < 0 || end < start) {
  console.error(`README.md has no block between ${METRIC_TABLE_START} and ${METRIC_TABLE_END}`);
  process.exit(1);
}
const next = text.slice(0, start) + metricTableBlock() + text.slice(end + METRIC_TABLE_END.length);
const options = (await prettier.resolveConfig(target.pathname)) ?? {};
writeFileSync(target, await prettier.format(next, { ...options, filepath: target.pathname }));
console.log(`wrote the metric tables of ${target.pathname}`);
