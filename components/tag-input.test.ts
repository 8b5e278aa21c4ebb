import { describe, expect, test } from 'vitest';
import { addTags, splitTagDraft, suggestTags } from './tag-input';

describe('splitTagDraft', () => {
  test.each([
    ['就业', [], '就业'],
    ['就业,', ['就业'], ''],
    ['就业，待核', ['就业'], '待核'],
    ['就业、待核实、', ['就业', '待核实'], ''],
    [' 就业 , ，GDP,', ['就业', 'GDP'], ''],
    ['就业\n民生', ['就业'], '民生'],
    ['', [], ''],
  ])('%j → done %j, rest %j', (draft, done, rest) => {
    expect(splitTagDraft(draft)).toEqual({ done, rest });
  });
});

test('addTags keeps the order and drops blanks and duplicates', () => {
  expect(addTags(['就业'], ['民生', '就业', ' ', ' GDP '])).toEqual(['就业', '民生', 'GDP']);
});

describe('suggestTags', () => {
  const known = [
    { tag: '民生', count: 9 },
    { tag: '就业', count: 7 },
    { tag: '待核实', count: 5 },
    { tag: '就业质量', count: 2 },
    { tag: '稳就业', count: 1 },
    { tag: 'GDP', count: 1 },
  ];
  test.each([
    ['', [], ['民生', '就业', '待核实', '就业质量', '稳就业', 'GDP']],
    ['就', [], ['就业', '就业质量', '稳就业']],
    ['就业', [], ['就业质量', '稳就业']],
    ['就', ['就业'], ['就业质量', '稳就业']],
    ['gd', [], ['GDP']],
    ['无', [], []],
  ])('draft %j, chosen %j → %j', (draft, chosen, expected) => {
    expect(suggestTags(known, draft, chosen)).toEqual(expected);
  });
  test('at most `limit` suggestions', () => {
    expect(suggestTags(known, '', [], 2)).toEqual(['民生', '就业']);
  });
});
