import { expect, test } from 'vitest';
import { formatRatio, measure, median } from '../../bench/measure';
import { longReport } from '../../bench/report-text';

test.each([
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[7], 7],
])('median(%j) = %d', (values, expected) => {
  expect(median(values)).toBe(expected);
});

test('measure runs warm-up plus rounds and keeps one sample per round', () => {
  let calls = 0;
  const timing = measure(() => calls++, { warmup: 2, rounds: 5 });
  expect(calls).toBe(7);
  expect(timing.samples).toHaveLength(5);
  expect(timing.median).toBeGreaterThanOrEqual(0);
});

test('formatRatio', () => {
  expect(formatRatio(30, 2)).toBe('15.0×');
  expect(formatRatio(3, 2)).toBe('1.50×');
});

test('longReport repeats whole texts until long enough', () => {
  const text = longReport(['甲乙', '丙丁戊'], 20);
  expect(text.length).toBeGreaterThanOrEqual(20);
  expect(text.split('\n')).toEqual(['甲乙', '丙丁戊', '甲乙', '丙丁戊', '甲乙', '丙丁戊']);
});
