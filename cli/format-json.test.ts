import { expect, test } from 'vitest';
import { formatJsonLine } from './format-json';
import { sampleResult } from './sample-result';

test('one line, the fields score.mjs reads in a fixed order, then reasons and pages', () => {
  const line = formatJsonLine(sampleResult());
  expect(line).not.toContain('\n');
  const parsed = JSON.parse(line);
  expect(Object.keys(parsed)).toEqual(['file', 'isReport', 'confidence', 'targets', 'agencies', 'reasons', 'pages']);
  expect(parsed.targets[0]).toEqual({
    start: 12,
    end: 17,
    text: '1.5万个',
    kind: 'goal',
    value: 15000,
    unit: '个',
    bound: '=',
    agency: ['教育厅', '财政厅'],
  });
  expect(parsed.targets[1].value).toEqual([4.5, 5]);
  expect(parsed.agencies).toEqual([
    { start: 23, end: 26, text: '教育厅' },
    { start: 27, end: 30, text: '财政厅' },
    { start: 42, end: 45, text: '国务院' },
  ]);
  expect(parsed.pages).toEqual({ continuedFrom: '上接07版' });
});

test('a failed file is {"file","error"} on one line', () => {
  const line = formatJsonLine({ file: 'a\nb.txt', error: 'a\nb.txt: is empty' });
  expect(line).not.toContain('\n');
  expect(JSON.parse(line)).toEqual({ file: 'a\nb.txt', error: 'a\nb.txt: is empty' });
});

test('"indicator" follows "agency" where the engine named one, and is left out elsewhere', () => {
  const result = sampleResult();
  const [first, second] = result.analysis.targets;
  if (!first || !second) throw new Error('sample has two targets');
  result.analysis.targets = [{ ...first, indicator: '新增婴幼儿托位' }, second];
  const parsed = JSON.parse(formatJsonLine(result));
  expect(Object.keys(parsed.targets[0]).at(-1)).toBe('indicator');
  expect(parsed.targets[0].indicator).toBe('新增婴幼儿托位');
  expect('indicator' in parsed.targets[1]).toBe(false);
});
