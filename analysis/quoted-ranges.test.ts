import { expect, test } from 'vitest';
import { quotedRanges, rangeCursor } from './quoted-ranges';

test.each([
  ['坚定拥护“两个确立”、坚决做到“两个维护”', ['两个确立', '两个维护']],
  ['落实“1+8”化债方案', ['1+8']],
  ['《关于全面贯彻的若干措施》', ['关于全面贯彻的若干措施']],
  ['没有引号的文字', []],
  [`开头“${'长'.repeat(100)}”`, []],
])('%s', (text, inside) => {
  expect(quotedRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(inside);
});

test('rangeCursor answers overlap for ascending queries', () => {
  const hit = rangeCursor([
    [2, 4],
    [10, 12],
  ]);
  expect([hit(0, 2), hit(3, 5), hit(5, 9), hit(11, 12), hit(12, 14)]).toEqual([false, true, false, true, false]);
});

test('an opening mark left unclosed does not hide the quotes after it', () => {
  const text = `“未闭合的引号${'字'.repeat(200)}“两个确立”`;
  expect(quotedRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['两个确立']);
});
