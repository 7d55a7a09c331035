import { MAX_WORKERS } from './parseArgs.ts';

export const USAGE = `Monte Carlo simulation of a provincial tech-finance fund chain.

Usage:
  npm run sim -- <scenario.json> [flags]            run a scenario
  npm run sim -- compare <a.json> <b.json> [flags]  paired run of two scenarios with common
                                                    random numbers: a, b, a − b and its
                                                    standard error for each metric
  npm run sim -- schema                             print the scenario format as JSON Schema
  npm run sim -- --help                             print this help

Flags (for a run and for compare; in compare they apply to both scenarios):
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

Progress goes to stderr, the summary table to stdout. Ctrl-C stops the run.
Exit status: 0 done, 1 the run failed, 2 bad command line or scenario, 130 interrupted.

Examples:
  npm run sim -- scenarios/hebei-2022.json --trials 2000 --out result.json --csv summary.csv
  npm run sim -- scenarios/hebei-2022.json --set bank.enabled=false --set simulation.years=10
  npm run sim -- compare scenarios/hebei-2022.json other.json --trials 500
`;
