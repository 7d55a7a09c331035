import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The largest scenario file read: a real one is a few hundred kilobytes (the default, with a
 * source for every parameter, about 100 KB); anything past 8 MB is refused before it is read.
 */
export const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;

/**
 * Reads a scenario file as text, refusing what is not a regular file (a directory, /dev/zero, a
 * pipe that never ends) or is larger than MAX_SCENARIO_BYTES, with a sentence that says why. At
 * most MAX_SCENARIO_BYTES + 1 bytes are ever read, whatever the file claims about its size.
 */
export function readScenarioFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > MAX_SCENARIO_BYTES) throw new Error(tooLarge(stat.size));
    const buffer = Buffer.alloc(MAX_SCENARIO_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_SCENARIO_BYTES) throw new Error(tooLarge(length));
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${bytes > MAX_SCENARIO_BYTES * 1.5 ? mb(bytes) : 'more than ' + mb(MAX_SCENARIO_BYTES)}; a scenario file may be at most ${mb(MAX_SCENARIO_BYTES)}`;
}
