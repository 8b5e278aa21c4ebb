import { expect, test } from 'vitest';
import { BOUNDS, CATEGORIES } from '../analysis/types';
import { translator } from '../tests/unit/translator';
import { boundLabel, categoryLabel, figureWords, formatAmount, formatTargetValue } from './present-target';

const zh = translator('zh_CN');
const en = translator('en');

test.each([
  [134.9e12, '134.9万亿'],
  [2.5e9, '25亿'],
  [177000, '17.7万'],
  [15000, '1.5万'],
  [8000, '8000'],
  [4.5, '4.5'],
  [0.1 + 0.2, '0.3'],
])('formatAmount(%d) = %s', (n, text) => {
  expect(formatAmount(n)).toBe(text);
});

test.each([
  [{ value: 134.9e12, unit: '元', bound: '=' }, '134.9万亿元', '134.9万亿元'],
  [{ value: 15000, unit: '个', bound: '=' }, '1.5万个', '1.5万个'],
  [{ value: 5, unit: '%', bound: '~' }, '5%左右', 'about 5%'],
  [{ value: 180000, unit: '人', bound: '>=' }, '不低于18万人', 'at least 18万人'],
  [{ value: 80, unit: '%', bound: '>' }, '超过80%', 'over 80%'],
  [{ value: 3, unit: '%', bound: '<=' }, '3%以内', 'at most 3%'],
  [{ value: 3, unit: '%', bound: '<' }, '低于3%', 'under 3%'],
  [{ value: [4.5, 5], unit: '%', bound: 'range' }, '4.5%–5%', '4.5%–5%'],
  [{ value: null, unit: '', bound: '=' }, '未给出', 'no number given'],
  [{ value: null, unit: '位', bound: '=' }, '未给出（位）', 'no number given (位)'],
] as const)('formatTargetValue %j', (target, chinese, english) => {
  const value = target.value as number | [number, number] | null;
  expect(formatTargetValue({ ...target, value }, zh)).toBe(chinese);
  expect(formatTargetValue({ ...target, value }, en)).toBe(english);
});

test('every kind, bound and category has words in both languages', () => {
  for (const tr of [zh, en]) {
    const words = [...CATEGORIES.map((c) => categoryLabel(c, tr)), ...BOUNDS.map((b) => boundLabel(b, tr))];
    for (const word of words) expect(word).not.toMatch(/^(category|bound)[A-Z]/);
    expect(new Set(words).size).toBe(words.length);
  }
});

test.each([
  ['达到114万亿元', '114万亿元'],
  ['达91%', '91%'],
  ['达二千个', '二千个'],
  ['超过3%', '超过3%'],
  ['近600万人', '近600万人'],
  ['8.1%', '8.1%'],
  ['2.3％', '2.3%'],
  ['达到１１４万亿元', '114万亿元'],
])('figureWords(%s) = %s', (text, words) => {
  expect(figureWords({ text, bound: '=' })).toBe(words);
});

test.each([
  ['70万亿元', '<', '不到70万亿元'],
  ['3%', '<=', '不超过3%'],
  ['1200万人', '>', '超过1200万人'],
  ['超过3%', '>', '超过3%'],
  ['5%左右', '~', '5%左右'],
  ['2000多亿元', '>=', '2000多亿元'],
  ['4.5%—5%', 'range', '4.5%—5%'],
] as const)('a bound written outside the span is said: %s (%s) → %s', (text, bound, words) => {
  expect(figureWords({ text, bound })).toBe(words);
});
