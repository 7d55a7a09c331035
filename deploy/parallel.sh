#!/usr/bin/env bash
# GNU parallel on one workstation (or over ssh with --sshlogin): K shards, as many at once as
# there are cores, each on one core, into a shared folder; then one merge. Rerun a failed shard
# alone with the same command and --shard I/K: it replaces only its own file.
set -euo pipefail
SCENARIO=${SCENARIO:-scenarios/hebei-2022.json}
TRIALS=${TRIALS:-10000}
K=${K:-8}
OUT=${OUT:-shards}
mkdir -p "$OUT"
seq 0 $((K - 1)) | parallel --halt soon,fail=1 --joblog "$OUT/joblog" \
  npm run --silent sim -- shard "$SCENARIO" --trials "$TRIALS" --shard {}/"$K" --out "$OUT/shard-{}.json"
# The one-liner, without the variables:
#   seq 0 7 | parallel npm run --silent sim -- shard scenarios/hebei-2022.json --trials 10000 --shard {}/8 --out shards/shard-{}.json
npm run --silent sim -- merge "$OUT"/shard-*.json --out result.json
