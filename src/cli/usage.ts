import { SEEK_RUNS, SWEEP_LIMITS } from '../engine/index.ts';
import { MAX_WORKERS } from './parseArgs.ts';

export const USAGE = `Monte Carlo simulation of a provincial tech-finance fund chain.

Usage:
  npm run sim -- <scenario.json> [flags]            run a scenario
  npm run sim -- compare <a.json> <b.json> [flags]  paired run of two scenarios with common
                                                    random numbers: a, b, a − b and its
                                                    standard error for each metric
  npm run sim -- sweep <scenario.json> --param PATH=V1,V2,… [--param PATH2=…] [flags]
                                                    run one or two parameters over a list or a
                                                    grid with common random numbers: each
                                                    point's statistics and its paired
                                                    difference from the base point
  npm run sim -- tornado <scenario.json> [--metric KEY] [flags]
                                                    move each parameter alone to the low and
                                                    high end of its plausible range; bars
                                                    sorted by effect, each with its s.e.
  npm run sim -- seek <scenario.json> --param PATH=LOW..HIGH --target KEY:STAT=VALUE [flags]
                                                    find the value of PATH that brings a
                                                    statistic of a metric to a target
  npm run sim -- shard <scenario.json> --shard I/K --out shard-I.json [--trials N] [--seed S] [--set …]
                                                    run only shard I of K (I from 0 to K − 1:
                                                    whole blocks of 64 trials) on one thread and
                                                    write its blocks' aggregates, for merge
  npm run sim -- merge shard-*.json --out result.json
                                                    merge the shards of one run in block order:
                                                    the result of one run in one process, byte
                                                    for byte but for its "run" block
  npm run sim -- schema                             print the scenario format as JSON Schema
  npm run sim -- --help                             print this help

Flags (for a run and for compare; in compare they apply to both scenarios; --trials, --seed,
--workers, --set, --out and --csv also for sweep, tornado and seek, at every point):
  --trials N          trials to run (sets simulation.trials; whole number ≥ 1)
  --seed S            seed of every random stream (sets simulation.seed; whole number ≥ 0)
  --workers W         worker threads, 1 to ${MAX_WORKERS} (default: the CPUs available, at most one
                      per block of 64 trials); the result does not depend on it
  --set path=value    change one field before the scenario is checked; repeatable.
                      path: dotted, with list indices, e.g. funds.angelFunds[0].commitmentCNY;
                      [*] is every item of a list: funds.angelFunds[*].guidanceFundShare
                      value: JSON when it is valid JSON (10, true, [1,2], "x"), else text
  --out result.json   write the result as JSON (checked against the result schema first)
  --csv summary.csv   write one row per metric: key,mean,stderr,p5,p25,p50,p75,p95,count,
                      undefinedCount (compare: rows a.<key>, b.<key> and diff.<key>)
  --ledger-trial K    replay trial K (0 ≤ K < trials) and write every posting of its ledger
  --ledger-out FILE   to FILE as CSV; the two go together. In compare, FILE gets .a/.b inserted
                      before its extension, one ledger per scenario
  --all               print every metric, not only the headline ones
  --fund-series       also keep every fund's quarterly plan (fund.<id>.calledCNY, .navCNY, …:
                      P5…P95 per quarter, for the app's fund view and an LP's pacing); about a
                      third more time a trial, so off unless asked (also for shard, not sweep)

Flags of sweep, tornado and seek (PATH as for --set; [*] moves every item of a list together):
  --param PATH=V1,V2,…        sweep: the values of a parameter (at most ${SWEEP_LIMITS.onePoints}; two --param make
  --param PATH=LOW..HIGH:N    a grid of at most ${SWEEP_LIMITS.twoValues} × ${SWEEP_LIMITS.twoValues}); N points from LOW to HIGH, both included
  --base V[,V2]               sweep: the point the differences are taken from (default the first)
  --metric KEY                sweep: a metric to show, repeatable (default: the summary's own);
                              tornado: the output (default treasury.netCostCashPVCNY)
  --stat STAT                 sweep, tornado: mean (default: paired differences), p5, p25, p50,
                              p75 or p95
  --param PATH[=LOW..HIGH]    tornado: a parameter to move, repeatable (default: every parameter
                              of the plausible-range catalog; PATH alone takes its range there)
  --param PATH=LOW..HIGH      seek: the parameter and the range searched (a field of any number)
  --target KEY:STAT=VALUE     seek: e.g. angelFunds.privateLP.irr:p50=0.08
  --runs N                    seek: at most N runs, ends included (${SEEK_RUNS.min} to ${SEEK_RUNS.max}, default ${SEEK_RUNS.default})
  --out FILE.json, --csv FILE.csv
                              the result (checked against its schema) and a table: sweep, one row
                              per point and metric; tornado, one per parameter; seek, one per run

Progress goes to stderr, the summary table to stdout. Ctrl-C stops the run.
Exit status: 0 done, 1 the run failed, 2 bad command line or scenario, 130 interrupted.

Examples:
  npm run sim -- scenarios/hebei-2022.json --trials 2000 --out result.json --csv summary.csv
  npm run sim -- scenarios/hebei-2022.json --set bank.enabled=false --set simulation.years=10
  npm run sim -- compare scenarios/hebei-2022.json other.json --trials 500
  npm run sim -- sweep scenarios/hebei-2022.json --param bank.tolerance.nplToleranceShare=0.015,0.03,0.045,0.06 --metric bank.loansCNY --trials 300 --out sweep.json --csv sweep.csv
  npm run sim -- tornado scenarios/hebei-2022.json --metric treasury.netCostCashPVCNY --trials 200 --out t.json
  for i in 0 1 2 3; do npm run sim -- shard scenarios/hebei-2022.json --trials 10000 --shard $i/4 --out shard-$i.json; done
  npm run sim -- merge shard-*.json --out result.json
  npm run sim -- seek scenarios/hebei-2022.json --param concession.angelStageShare=0..0.8 --target angelFunds.privateLP.irr:p50=0.16 --trials 300
`;
