import { expect, test } from 'vitest';
import { inNotQuantityName } from './not-quantity-names';

// [text, span start, span end, inside a name]
test.each([
  ['千家万户', 2, 4, true], // 万户 inside 千家万户
  ['推进十四五规划', 2, 4, true],
  ['十四五', 0, 1, true],
  ['两个确立', 0, 2, true],
  ['建成两个项目', 2, 4, false],
  ['新增一批学校', 2, 4, true],
  ['新增万户', 2, 4, false],
  ['千家', 0, 2, false], // the start of a name is not the name
])('%s [%i, %i) → %s', (text, start, end, inside) => {
  expect(inNotQuantityName(text, start, end)).toBe(inside);
});

test('a caller may say where a name can start at the earliest', () => {
  expect(inNotQuantityName('千家万户', 2, 4, 2)).toBe(false);
  expect(inNotQuantityName('5千家万户', 0, 3, 0)).toBe(true);
});
