import { expect, test } from 'vitest';
import { describeTarget, formatValue } from './describe-target';

test.each([
  [{ value: 15000, unit: '个', bound: '=' }, '15,000个'],
  [{ value: 260000, unit: '人', bound: '=' }, '26万人'],
  [{ value: 114e12, unit: '元', bound: '=' }, '114万亿元'],
  [{ value: 2.5e9, unit: '元', bound: '>' }, '超过25亿元'],
  [{ value: 5, unit: '%', bound: '~' }, '约5%'],
  [{ value: [4.5, 5], unit: '%', bound: 'range' }, '4.5–5%'],
  [{ value: 80, unit: '%', bound: '>' }, '超过80%'],
  [{ value: 90, unit: '%', bound: '>=' }, '不低于90%'],
  [{ value: 3, unit: '%', bound: '<=' }, '3%以内'],
  [{ value: null, unit: '', bound: '=' }, '未给出'],
] as const)('formatValue %j -> %s', (target, expected) => {
  expect(formatValue({ ...target, value: target.value as number | [number, number] | null })).toBe(expected);
});

test('describeTarget: kind, value, bound in words, and the agency when the text names one', () => {
  expect(describeTarget({ kind: 'goal', value: 15000, unit: '个', bound: '>=', agency: ['教育厅', '财政厅'] })).toEqual(
    [
      ['类别', '今年目标'],
      ['数值', '不低于15,000个'],
      ['界限', '不低于'],
      ['责任单位', '教育厅、财政厅'],
    ],
  );
  expect(describeTarget({ kind: 'past', value: 5.2, unit: '%', bound: '=', agency: [] })).toEqual([
    ['类别', '已完成'],
    ['数值', '5.2%'],
    ['界限', '确数'],
  ]);
});
