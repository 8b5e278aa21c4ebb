import { expect, test } from 'vitest';
import { analyze } from './index';
import { sentenceSpan } from './sentence-span';
import { indexText } from './text-index';

const TEXT =
  '一、回顾\n去年地区生产总值增长5.2%。今年新增城镇就业45万人以上；粮食产量稳定在400亿斤左右！最后一句没有句号';

test.each([
  ['5.2%', '去年地区生产总值增长5.2%。'],
  ['45万人以上', '今年新增城镇就业45万人以上；'],
  ['400亿斤左右', '粮食产量稳定在400亿斤左右！'],
  ['最后', '最后一句没有句号'],
  ['一、', '一、回顾\n'],
])('the sentence around %s', (words, sentence) => {
  const start = TEXT.indexOf(words);
  const [from, to] = sentenceSpan(indexText(TEXT).sentenceStops, start, start + words.length, TEXT.length);
  expect(TEXT.slice(from, to)).toBe(sentence);
});

test('the engine gives every target the sentence that holds it', () => {
  const { targets } = analyze(TEXT);
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    const [from, to] = target.sentenceAt ?? [-1, -1];
    expect(from).toBeLessThanOrEqual(target.start);
    expect(to).toBeGreaterThanOrEqual(target.end);
    expect(TEXT.slice(from, to - 1)).not.toMatch(/[。！？；\n]/);
  }
});
