#!/usr/bin/env bash
# CI: a 512-trial run of the default scenario cut into 4 shards, run once by GNU parallel and
# once by a plain shell loop, each merged and compared byte for byte (up to the "run" block,
# which holds wall times) with the same run in one process; then the same for a small sweep.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scenario=scenarios/hebei-2022.json
trials=512
shards=4
# As `npm run sim` starts the command line (package.json), from its bundles.
sim() { MALLOC_ARENA_MAX=1 node scripts/sim.mjs "$@"; }
# GNU parallel is Debian's package: installed here when missing, as ensure-chromium does for the
# browser (as root, from Debian's mirrors), or a clear message.
if ! command -v parallel > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "== installing GNU parallel with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq parallel > /dev/null
  else
    echo "GNU parallel is missing: install Debian's package (apt-get install parallel)" >&2
    exit 1
  fi
fi

echo "== one process: $trials trials"
sim "$scenario" --trials "$trials" --out "$work/single.json" > /dev/null

echo "== $shards shards by GNU parallel"
mkdir "$work/parallel"
seq 0 $((shards - 1)) | parallel --halt now,fail=1 -j 2 \
  MALLOC_ARENA_MAX=1 node scripts/sim.mjs shard "$scenario" --trials "$trials" --shard {}/"$shards" --out "$work/parallel/shard-{}.json"
sim merge "$work"/parallel/shard-*.json --out "$work/parallel.json" > /dev/null
node scripts/same-result.mjs "$work/parallel.json" "$work/single.json"

echo "== $shards shards by a shell loop"
mkdir "$work/loop"
for ((i = 0; i < shards; i++)); do
  sim shard "$scenario" --trials "$trials" --shard "$i/$shards" --out "$work/loop/shard-$i.json"
done
sim merge "$work"/loop/shard-*.json --out "$work/loop.json" > /dev/null
node scripts/same-result.mjs "$work/loop.json" "$work/single.json"
ls -l "$work"/loop/shard-*.json

echo "== a sweep of τ over 2 values, 256 trials a run: one process, then $shards shards by GNU parallel"
param=(--param bank.tolerance.nplToleranceShare=0.015,0.06)
sim sweep "$scenario" "${param[@]}" --trials 256 --out "$work/sweep.json" > /dev/null
mkdir "$work/sweep"
seq 0 $((shards - 1)) | parallel --halt now,fail=1 -j 2 \
  MALLOC_ARENA_MAX=1 node scripts/sim.mjs shard sweep "$scenario" "${param[@]}" --trials 256 --shard {}/"$shards" --out "$work/sweep/shard-{}.json"
sim merge "$work"/sweep/shard-*.json --out "$work/sweep-merged.json" > /dev/null
node scripts/same-result.mjs "$work/sweep-merged.json" "$work/sweep.json"
echo "== shards: merged results are the single-process results, byte for byte"
