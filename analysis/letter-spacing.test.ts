import { expect, test } from 'vitest';
import { letterSpacedLines } from './letter-spacing';

const lines = (text: string) => {
  const pairs = letterSpacedLines(text);
  return Array.from({ length: pairs.length / 2 }, (_, k) => text.slice(pairs[2 * k], pairs[2 * k + 1]));
};

test.each([
  ['城 镇 新 增 就 业 1 2 0 0 万 人', ['城 镇 新 增 就 业 1 2 0 0 万 人']],
  ['各位代表：\n政 府 工 作 报 告\n今年增长5%左右。', ['政 府 工 作 报 告']],
  ['今年城镇新增就业1 200万人以上。', []],
  ['GDP growth 5 % in 2024', []], // words, not letters, and no Chinese
  ['数值 5.2 5.0 4.8 4.6', []],
  ['一 二', []], // too short to tell
  ['各 位 代 表 ， 今 年\r\n1 2 0 0 万 人', ['各 位 代 表 ， 今 年', '1 2 0 0 万 人']],
])('%j → %j', (text, expected) => {
  expect(lines(text)).toEqual(expected);
});

test('a long line of one character and a space is one letter-spaced line when it holds Chinese', () => {
  const text = `万 ${'1 '.repeat(100_000)}`;
  expect([...letterSpacedLines(text)]).toEqual([0, text.length]);
  expect(letterSpacedLines('1 '.repeat(100_000))).toHaveLength(0);
});
