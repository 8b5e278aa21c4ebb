import { expect, test } from 'vitest';
import { indexText } from './text-index';

const lists = (text: string) => {
  const index = indexText(text);
  return Object.fromEntries(Object.entries(index).map(([name, positions]) => [name, [...positions]]));
};

test.each([
  ['2024年新增1.5万个', { digitRuns: [0, 4, 7, 8, 9, 10], numeralRuns: [10, 11], quoteMarks: [], sentenceStops: [] }],
  [
    '“两个确立”。\n（牵头单位：教育厅）',
    { numeralRuns: [1, 2], quoteMarks: [0], sentenceStops: [6, 7], brackets: [8] },
  ],
  ['自治区人民政府和国务院', { bodyLasts: [2, 6, 10] }],
  ['１２３', { digitRuns: [0, 3] }],
  ['', { digitRuns: [], bodyLasts: [] }],
])('%s', (text, expected) => {
  expect(lists(text)).toMatchObject(expected);
});

test('a long text grows every list past its first capacity', () => {
  const text = '第1条。'.repeat(5000);
  const index = indexText(text);
  expect(index.digitRuns.length).toBe(10_000);
  expect(index.sentenceStops.length).toBe(5000);
  expect(index.digitRuns[9998]).toBe(4999 * 4 + 1);
});
