import { expect, test } from 'vitest';
import type { FileResult } from './analyze-file';
import { runCli } from './run-cli';
import { sampleResult } from './sample-result';

function run(argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const seen: string[] = [];
  const fake = (file: string): FileResult => {
    seen.push(file);
    return file.startsWith('bad') ? { file, error: `${file}: is empty` } : sampleResult(file);
  };
  const status = runCli(argv, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) }, fake);
  return { status, seen, ...out };
}

test('every file is analysed in order even after a failure; exit 1', () => {
  const { status, seen, stdout, stderr } = run(['--json', 'a.txt', 'bad.txt', 'b.html']);
  expect(status).toBe(1);
  expect(seen).toEqual(['a.txt', 'bad.txt', 'b.html']);
  expect(
    stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).file),
  ).toEqual(['a.txt', 'bad.txt', 'b.html']);
  expect(stderr).toBe('govmark analyze: bad.txt: is empty\n');
});

test('table and csv keep failures on stderr only', () => {
  const table = run(['bad.txt', 'a.txt']);
  expect(table.status).toBe(1);
  expect(table.stdout.startsWith('== a.txt: report')).toBe(true);
  expect(table.stderr).toContain('bad.txt');
  const csv = run(['--csv', 'a.txt', 'bad.txt']);
  expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(3);
});

test('exit 0 when all is well, 2 on bad usage without touching any file, 0 for --help', () => {
  expect(run(['a.txt']).status).toBe(0);
  const bad = run(['--nope', 'a.txt']);
  expect([bad.status, bad.seen, bad.stdout]).toEqual([2, [], '']);
  expect(bad.stderr).toContain('unknown option --nope');
  const help = run(['--help']);
  expect([help.status, help.stderr]).toEqual([0, '']);
  expect(help.stdout).toContain('usage:');
});
