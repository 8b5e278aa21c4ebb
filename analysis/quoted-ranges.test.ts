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

test('a line of opening marks finds the quotes a search from each mark finds', () => {
  // The plain way: from each opening mark not inside the last quote, its closing mark within 80 characters.
  const plain = (text: string) => {
    const close: Record<string, string> = { '“': '”', '《': '》', '"': '"' };
    const ranges: Array<[number, number]> = [];
    for (let open = 0; open < text.length; open++) {
      const mark = close[text[open] as string];
      if (mark === undefined || (ranges.length > 0 && open < (ranges.at(-1) as [number, number])[1] + 1)) continue;
      const end = text.slice(open + 1, open + 81).indexOf(mark);
      if (end !== -1) ranges.push([open + 1, open + 1 + end]);
    }
    return ranges;
  };
  const alphabet = ['“', '”', '《', '》', '"', '字', '字', '字', '字', '字'];
  let seed = 5;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: 400 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    expect(quotedRanges(text), text).toEqual(plain(text));
  }
  const opens = `${'“'.repeat(300)}两个”`;
  expect(quotedRanges(opens)).toEqual([[223, 302]]);
});
