import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  openSync,
  fsyncSync,
  closeSync,
  renameSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  outputProblems,
  withSuffix,
  writeOutput,
  type WriteOps,
} from '../../src/cli/outputFiles.ts';

const nodeOps = (): WriteOps => ({
  openSync,
  writeFileSync,
  fsyncSync,
  closeSync,
  renameSync,
  rmSync,
});

describe('withSuffix', () => {
  it.each([
    ['postings.csv', 'a', 'postings.a.csv'],
    ['out/postings.csv', 'b', join('out', 'postings.b.csv')],
    ['postings', 'a', 'postings.a'],
    ['/tmp/x.y.csv', 'b', '/tmp/x.y.b.csv'],
  ])('%s + %s → %s', (path, suffix, out) => {
    expect(withSuffix(path, suffix)).toBe(out);
  });
});

describe('outputProblems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  mkdirSync(join(dir, 'sub'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts new files in existing directories', () => {
    expect(
      outputProblems([
        { flag: '--out', path: join(dir, 'r.json') },
        { flag: '--csv', path: join(dir, 'sub', 's.csv') },
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      [{ flag: '--out', path: join(dir, 'nope', 'r.json') }],
      /--out .*: the directory .*nope does not exist/,
    ],
    [
      [{ flag: '--csv', path: join(dir, 'sub') }],
      /--csv .*sub: it is a directory; give a file name/,
    ],
    [
      [
        { flag: '--out', path: join(dir, 'same') },
        { flag: '--csv', path: join(dir, '.', 'same') },
      ],
      /--out and --csv both name/,
    ],
  ])('refuses before the run what cannot be written (%#)', (files, message) => {
    const problems = outputProblems(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('writes a file, or says why it could not', () => {
    const path = join(dir, 'w.txt');
    expect(writeOutput({ flag: '--out', path }, 'hello')).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe('hello');
    expect(writeOutput({ flag: '--csv', path: join(dir, 'sub') }, 'x')).toMatch(
      /^cannot write .*sub \(--csv\): it is a directory/,
    );
  });
});

describe('writeOutput is atomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole and leaves no temporary file behind, written or refused', () => {
    const path = join(dir, 'result.json');
    expect(writeOutput({ flag: '--out', path }, 'old')).toBeNull();
    expect(writeOutput({ flag: '--out', path }, 'new')).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe('new');
    mkdirSync(join(dir, 'adir'));
    expect(writeOutput({ flag: '--out', path: join(dir, 'adir') }, 'x')).toMatch(/^cannot write/);
    expect(readdirSync(dir).sort()).toEqual(['adir', 'result.json']);
  });

  it('leaves the old file whole when the disk fills half-way through the write', () => {
    const path = join(dir, 'full-disk.json');
    writeFileSync(path, 'old result');
    // The disk fills after half the new text is written: ENOSPC, as a real full disk gives.
    const ops = {
      ...nodeOps(),
      writeFileSync: (fd: number, text: string) => {
        writeSync(fd, text.slice(0, text.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    } as unknown as WriteOps;
    expect(writeOutput({ flag: '--out', path }, 'a new result', ops)).toBe(
      `cannot write ${path} (--out): no space left on the device`,
    );
    expect(readFileSync(path, 'utf8')).toBe('old result');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
