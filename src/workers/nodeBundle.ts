import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * A TypeScript entry bundled into one CommonJS file for Node, the way Vite bundles the browser's
 * worker: code loaded file by file through tsx pays for tsx's export getters on every imported
 * constant in the hot loops (about twice the time a trial takes bundled). Kept under the system's
 * temporary folder, named by a hash of its content, so processes share it and a changed engine
 * never runs stale code.
 */
export function bundleForNode(entry: URL, options: { importMetaUrl?: URL } = {}): string {
  const { outputFiles } = buildSync({
    // A CommonJS bundle has no import.meta: code that finds files beside itself is told where.
    define: options.importMetaUrl
      ? { 'import.meta.url': JSON.stringify(options.importMetaUrl.href) }
      : {},
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles![0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `fund-chain-${hash}.cjs`);
  if (!existsSync(file)) {
    // Written beside and renamed, so a process starting at the same moment never reads half.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}

let workerFile: string | undefined;

/**
 * The Node worker's bundle: the one `npm run sim` built beside its own (scripts/sim.mjs names it
 * in FUND_CHAIN_NODE_WORKER), else built once per process.
 */
export function nodeWorkerFile(): string {
  workerFile ??=
    process.env.FUND_CHAIN_NODE_WORKER ??
    bundleForNode(new URL('./simulationNodeEntry.ts', import.meta.url));
  return workerFile;
}
