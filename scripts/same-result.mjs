// `node scripts/same-result.mjs a.json b.json`: exit 0 when two result files are the same byte
// for byte up to their `run` block (wall time, workers, start time: what differs between runs),
// which a result writes last. Used by scripts/check-shards.sh to compare a merged run with one
// run in one process.
import { readFileSync } from 'node:fs';

const RUN = '\n  "run": {';
const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/same-result.mjs a.json b.json');
  process.exit(2);
}
const head = (file) => {
  const text = readFileSync(file, 'utf8');
  const at = text.lastIndexOf(RUN);
  if (at < 0) {
    console.error(`${file} has no top-level "run" block`);
    process.exit(2);
  }
  return text.slice(0, at);
};
const [x, y] = [head(a), head(b)];
if (x === y) {
  console.log(
    `${a} and ${b} are the same byte for byte before "run" (${Buffer.byteLength(x)} bytes)`,
  );
} else {
  let i = 0;
  while (x[i] === y[i]) i++;
  console.error(
    `${a} and ${b} differ at byte ${i}: …${x.slice(i, i + 60)}… vs …${y.slice(i, i + 60)}…`,
  );
  process.exit(1);
}
