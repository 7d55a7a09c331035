import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputProblems, withSuffix, writeOutput } from '../../src/cli/outputFiles.ts';

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
