/** Exit status of `npm run sim`, as the usage text documents it. */
export const EXIT = {
  ok: 0,
  /** The run started but did not finish (a worker failed), or an output could not be written. */
  runFailed: 1,
  /** A bad command line, an unreadable or invalid scenario, an output path that cannot be made. */
  usage: 2,
  /** Stopped with Ctrl-C (128 + SIGINT, as a shell reports it). */
  interrupted: 130,
} as const;
