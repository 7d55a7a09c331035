// `npm run sim -- …`: the command line, run from bundles of its sources (src/cli/sim.ts and the
// worker entry) the way Vite bundles the app, rather than through tsx: a run starts at once, its
// workers skip tsx's export getters (about twice a trial's time) and the process holds neither
// tsx nor esbuild (about 45 MiB). The bundles live in node_modules/.cache/fund-chain and are
// rebuilt when a source file is newer than them.
// package.json starts it with MALLOC_ARENA_MAX=1 (glibc gives each thread its own malloc arena
// otherwise: tens of MiB for two workers' typed arrays) and --max-semi-space-size=1 (the main
// thread only merges blocks; a small young generation takes about 17 MiB off the peak) and
// --single-threaded-gc (on two cores V8's helper GC threads compete with the two workers: both
// pools run faster without them and 2 workers gain 1.88× over 1 rather than 1.82×).
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'fund-chain');
const targets = {
  cli: { entry: join(root, 'src/cli/sim.ts'), file: join(cache, 'sim.mjs'), format: 'esm' },
  worker: {
    entry: join(root, 'src/workers/simulationNodeEntry.ts'),
    file: join(cache, 'worker.cjs'),
    format: 'cjs',
  },
};

/** The latest modification time of the sources and of the installed packages. */
function newestSourceMs() {
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  return newest;
}

function builtMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -Infinity;
  }
}

const newest = newestSourceMs();
const stale = Object.values(targets).filter((t) => builtMs(t.file) < newest);
if (stale.length > 0) {
  const { build } = await import('esbuild');
  // A bundle has one import.meta.url; each source file that reads its own gets its own back.
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const text = await readFile(args.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
  mkdirSync(cache, { recursive: true });
  await Promise.all(
    stale.map(async ({ entry, file, format }) => {
      const { outputFiles } = await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format,
        // CommonJS packages inside an ES module bundle still call require.
        banner:
          format === 'esm'
            ? {
                js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
              }
            : {},
        external: ['esbuild'],
        plugins: [ownUrl],
        write: false,
        logLevel: 'error',
      });
      // Written beside and renamed: a run starting at the same moment never reads half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, outputFiles[0].text);
      renameSync(partial, file);
    }),
  );
}

process.env.FUND_CHAIN_NODE_WORKER = targets.worker.file;
await import(pathToFileURL(targets.cli.file).href);
