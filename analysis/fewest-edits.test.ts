import approxSearch from 'approx-string-match';
import { expect, test } from 'vitest';
import { fewestEdits } from './fewest-edits';

test.each([
  ['', '预计', 2],
  ['预计全年退税', '全年', 0],
  ['其中留抵退税约', '预计全年退税减税约', 6],
  ['abc', 'xyz', 3],
  ['abc', '', 0],
])('fewestEdits(%s)(%s) = %i', (text, pattern, edits) => {
  expect(fewestEdits(pattern)(text)).toBe(edits);
});

test('agrees with approx-string-match on any text and any pattern up to 32 units', () => {
  let state = 7; // a fixed seed: every run checks the same strings
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const alphabet = '发展。，1.5%万亿元ab';
  const draw = (length: number, letters: number) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * letters)]).join('');
  for (let i = 0; i < 2000; i++) {
    const letters = i % 2 ? 3 : alphabet.length;
    const pattern = draw(1 + Math.floor(next() * 32), letters);
    const text = draw(Math.floor(next() * 70), letters);
    const [best] = approxSearch(text, pattern, pattern.length);
    expect(fewestEdits(pattern)(text), `${text} / ${pattern}`).toBe(best ? best.errors : pattern.length);
  }
});

test('refuses a pattern longer than a machine word', () => {
  expect(() => fewestEdits('x'.repeat(33))).toThrow(RangeError);
});
