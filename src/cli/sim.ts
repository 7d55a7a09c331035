// `npm run sim -- …`: the command line of the simulator (usage in usage.ts).
import { scenarioJsonSchema } from '../engine/index.ts';
import { EXIT } from './exitCodes.ts';
import { explore } from './explore.ts';
import { parseArgs } from './parseArgs.ts';
import { mergeShards } from './shards/mergeCommand.ts';
import { runShard } from './shards/shardCommand.ts';
import { simulate, type CliIo } from './simulate.ts';
import { USAGE } from './usage.ts';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`error: ${parsed.message}\nRun \`npm run sim -- --help\` for usage.\n`);
    return EXIT.usage;
  }
  const { command } = parsed;
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT.ok;
    case 'schema':
      io.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'run':
      return simulate([command.file], command.options, io);
    case 'compare':
      return simulate(command.files, command.options, io);
    case 'sweep':
    case 'tornado':
    case 'seek':
      return explore(command, io);
    case 'shard':
      return runShard(command.file, command.options, command.shard, command.sweep, io);
    case 'merge':
      return mergeShards(command.files, command.out, io);
    default:
      return command satisfies never;
  }
}

// Output piped into `head` that closes early is not an error of the run.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
