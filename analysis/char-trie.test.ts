import { describe, expect, test } from 'vitest';
import { CharTrie } from './char-trie';

describe('CharTrie', () => {
  const forward = new CharTrie<string>();
  const backward = new CharTrie<string>(true);
  for (const word of ['人大', '人大常委会', '常委会', '委']) {
    forward.add(word, word);
    backward.add(word, word);
  }

  test.each([
    [
      '省人大常委会',
      1,
      [
        [6, '人大常委会'],
        [3, '人大'],
      ],
    ],
    ['省人大常委会', 3, [[6, '常委会']]],
    ['省人大常委会', 0, []],
    ['人大', 1, []],
  ])('%s from %i: words starting there, longest first', (text, pos, expected) => {
    expect(forward.matchesAt(text, pos)).toEqual(expected);
  });

  test.each([
    [
      '省人大常委会',
      6,
      [
        [1, '人大常委会'],
        [3, '常委会'],
      ],
    ],
    ['省人大常委会', 3, [[1, '人大']]],
    ['省委', 2, [[1, '委']]],
    ['省委', 0, []],
  ])('%s up to %i: words ending there, longest first', (text, end, expected) => {
    expect(backward.matchesAt(text, end)).toEqual(expected);
  });

  test('merges a value added twice under one word', () => {
    const trie = new CharTrie<number>();
    trie.add('省', 1);
    trie.add('省', 2, (old, value) => old | value);
    expect(trie.matchesAt('省', 0)).toEqual([[1, 3]]);
  });
});
