import { expect, test } from 'vitest';
import { parseArgs, UsageError } from './parse-args';

test.each([
  [['a.txt'], { format: 'table', files: ['a.txt'], help: false }],
  [['--json', 'a.txt', 'b.html'], { format: 'json', files: ['a.txt', 'b.html'], help: false }],
  [['a.txt', '--csv'], { format: 'csv', files: ['a.txt'], help: false }],
  [['--json', '--json', 'a.txt'], { format: 'json', files: ['a.txt'], help: false }],
  [['--', '--json'], { format: 'table', files: ['--json'], help: false }],
  [['--help'], { format: 'table', files: [], help: true }],
  [['--compare', '--csv', 'a.txt', 'b.txt'], { format: 'csv', files: ['a.txt', 'b.txt'], help: false, compare: true }],
])('%j', (argv, expected) => {
  expect(parseArgs(argv)).toEqual(expected);
});

test.each([
  [[]],
  [['--json']],
  [['--xml', 'a.txt']],
  [['-j', 'a.txt']],
  [['--json', '--csv', 'a.txt']],
  [['--compare', 'a.txt']],
  [['--compare', 'a', 'b', 'c']],
])('%j is a usage error', (argv) => {
  expect(() => parseArgs(argv)).toThrow(UsageError);
});
