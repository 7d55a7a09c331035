import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileProblem } from './fileProblem.ts';

/** An output file the user asked for: which flag named it, and where it goes. */
export type OutputFile = { flag: string; path: string };

/** `postings.csv` + `a` → `postings.a.csv`; `postings` + `a` → `postings.a`. */
export function withSuffix(path: string, suffix: string): string {
  const ext = extname(path);
  const stem = basename(path, ext);
  return join(dirname(path), `${stem}.${suffix}${ext}`);
}

/**
 * Checks, before a run starts, that each output file can be created: its directory exists and
 * the path is not a directory; and that no two flags name the same file. A long run should not
 * end in a typo.
 */
export function outputProblems(files: readonly OutputFile[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { flag, path } of files) {
    const full = resolve(path);
    const other = seen.get(full);
    if (other !== undefined) problems.push(`${other} and ${flag} both name ${path}`);
    seen.set(full, flag);
    try {
      if (statSync(full).isDirectory())
        problems.push(`${flag} ${path}: it is a directory; give a file name`);
      continue;
    } catch {
      // Not there yet: its directory must be.
    }
    try {
      if (!statSync(dirname(full)).isDirectory())
        problems.push(`${flag} ${path}: ${dirname(path)} is not a directory`);
    } catch {
      problems.push(`${flag} ${path}: the directory ${dirname(path)} does not exist`);
    }
  }
  return problems;
}

/** The file operations a write needs; a test may pass ones that fail part-way. */
export type WriteOps = {
  openSync: typeof openSync;
  writeFileSync: typeof writeFileSync;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
};

const NODE_OPS: WriteOps = { openSync, writeFileSync, fsyncSync, closeSync, renameSync, rmSync };

/**
 * Writes a file atomically: to a temporary file beside it, flushed to disk, then renamed over the
 * target, so a kill or a full disk leaves the old file whole (or none), never a truncated one. A
 * problem comes back as a sentence naming the file, never as a throw; the temporary file is
 * removed.
 */
export function writeOutput(
  file: OutputFile,
  text: string,
  ops: WriteOps = NODE_OPS,
): string | null {
  const temporary = join(
    dirname(file.path),
    `.${basename(file.path)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  let fd: number | null = null;
  try {
    fd = ops.openSync(temporary, 'wx');
    ops.writeFileSync(fd, text);
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = null;
    ops.renameSync(temporary, file.path);
    return null;
  } catch (e) {
    if (fd !== null) ops.closeSync(fd);
    ops.rmSync(temporary, { force: true });
    return `cannot write ${file.path} (${file.flag}): ${fileProblem(e)}`;
  }
}
