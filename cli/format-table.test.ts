import { expect, test } from 'vitest';
import { contextAround } from './context';
import { displayWidth, padEnd } from './display-width';
import { formatTable } from './format-table';
import { formatValue } from './format-value';
import { sampleResult } from './sample-result';

test('a header with verdict, confidence and reasons; a row per target; the agencies', () => {
  const lines = formatTable(sampleResult()).trimEnd().split('\n');
  expect(lines[0]).toBe('== dir/报告.txt: report (confidence 0.88)');
  expect(lines[1]).toBe('reasons: 以“各位代表”称呼人大代表; sets targets');
  expect(lines[2]).toBe('pages: 上接07版');
  expect(lines[3]).toBe('targets: 2');
  expect(lines[4]?.split(/\s+/)).toEqual(['target', 'value', 'unit', 'bound', 'kind', 'agency', 'context']);
  expect(lines[5]).toMatch(/^1\.5万个\s+15000\s+个\s+=\s+goal\s+教育厅、财政厅\s+=SUM\(A1\)新增托位【1\.5万个】/);
  expect(lines[6]).toMatch(/^4\.5%—5%\s+4\.5–5\s+%\s+range\s+past\s+–\s+/);
  expect(lines[7]).toBe('agencies: 3 (教育厅、财政厅、国务院)');
});

test('columns line up on screen, CJK counted as two columns', () => {
  const [header, ...rows] = formatTable(sampleResult()).split('\n').slice(4, 7);
  const kindColumn = (line = '') => displayWidth(line.slice(0, line.search(/ (kind|goal|past) /)));
  expect(kindColumn(header)).toBeGreaterThan(20);
  expect(kindColumn(rows[0])).toBe(kindColumn(header));
  expect(kindColumn(rows[1])).toBe(kindColumn(header));
});

test('a failed file says so', () => {
  expect(formatTable({ file: 'x.txt', error: 'x.txt: is empty' })).toBe('== x.txt\nerror: x.txt: is empty\n');
});

test.each([
  ['abc', 3],
  ['政府', 4],
  ['（牵头）', 8],
  ['5%—', 3],
])('displayWidth(%s) = %i', (text, width) => {
  expect(displayWidth(text)).toBe(width);
  expect(displayWidth(padEnd(text, 10))).toBe(10);
});

test.each([
  [15000, '15000'],
  [1.5e12, '1500000000000'],
  [[4.5, 5] as [number, number], '4.5–5'],
  [null, '–'],
])('formatValue(%j) = %s', (value, text) => {
  expect(formatValue(value)).toBe(text);
});

test('context: 12 characters either side on one line, the span bracketed', () => {
  const text = '第一行\n今年城镇新增就业1100万人以上，\n城镇调查失业率5.5%以内。';
  const start = text.indexOf('1100万人以上');
  expect(contextAround(text, { start, end: start + 8 })).toBe(
    '第一行 今年城镇新增就业【1100万人以上】， 城镇调查失业率5.5',
  );
});
