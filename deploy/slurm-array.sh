#!/bin/bash
# A Slurm job array: task I runs shard I of K on one core into a shared folder (a cluster's
# scratch file system). Submit, then merge when every task is done:
#   mkdir -p /scratch/$USER/hebei && sbatch deploy/slurm-array.sh
#   sbatch --dependency=afterok:<array job id> --wrap "npm run --silent sim -- merge /scratch/$USER/hebei/shard-*.json --out /scratch/$USER/hebei/result.json"
# A failed task is rerun alone (sbatch --array=<I> deploy/slurm-array.sh); it replaces only its
# own shard, and merge names any shard still missing.
#SBATCH --job-name=fund-chain-shards
#SBATCH --array=0-7
#SBATCH --cpus-per-task=1
#SBATCH --mem=2G
#SBATCH --time=01:00:00
#SBATCH --output=slurm-%A_%a.out
set -euo pipefail
K=8 # keep equal to the number of array tasks
OUT=${OUT:-/scratch/$USER/hebei}
# From a checkout with `npm ci` done (module load nodejs/20 first if your cluster needs it), or
# with the image: apptainer starts in the submitting folder, not the image's /app, so name the
# scenario by its path in the image, and bind $OUT if the cluster does not bind it already:
#   apptainer exec --bind "$OUT" docker://<registry>/fund-chain-sim fund-chain-sim shard \
#     /app/scenarios/hebei-2022.json --trials 10000 --shard "$SLURM_ARRAY_TASK_ID/$K" \
#     --out "$OUT/shard-$SLURM_ARRAY_TASK_ID.json"
npm run --silent sim -- shard scenarios/hebei-2022.json --trials 10000 \
  --shard "$SLURM_ARRAY_TASK_ID/$K" --out "$OUT/shard-$SLURM_ARRAY_TASK_ID.json"
