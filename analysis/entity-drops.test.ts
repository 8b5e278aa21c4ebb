import { expect, test } from 'vitest';
import { entityDrops, mergeDrops } from './entity-drops';

const pairs = (drops: Int32Array) => Array.from(drops);

test('space entities, a row of them as one range; other entities and ampersands stay', () => {
  const text = '&nbsp;&nbsp;甲&amp;nbsp;乙&lt;丙&emsp;R&D';
  expect(pairs(entityDrops(text))).toEqual([0, 12, 13, 23, 29, 35]);
  expect(pairs(entityDrops('研发&amp;创新'))).toEqual([]);
});

test('merging two lists of ranges keeps order and joins what overlaps or touches', () => {
  const a = Int32Array.from([0, 5, 10, 20, 30, 31]);
  const b = Int32Array.from([3, 7, 20, 25, 40, 41]);
  expect(pairs(mergeDrops(a, b))).toEqual([0, 7, 10, 25, 30, 31, 40, 41]);
  expect(pairs(mergeDrops(a, new Int32Array(0)))).toEqual(pairs(a));
  expect(pairs(mergeDrops(new Int32Array(0), b))).toEqual(pairs(b));
});
