import { expect, test } from 'vitest';
import { paragraphEnd, paragraphStart } from './paragraph-bounds';

const paragraphAt = (text: string, word: string) => {
  const at = text.indexOf(word);
  return text.slice(paragraphStart(text, at), paragraphEnd(text, at));
};

test.each([
  // A PDF's hard breaks inside a sentence join up; a stop, a colon, a short line or a list marker ends a paragraph.
  [
    '过去一年，全市地区生产总值增长5.2%，一般公共预\n算收入增长8.2%，城镇调查失业率4.4%。\n今年要新增就业。',
    '8.2%',
    '过去一年，全市地区生产总值增长5.2%，一般公共预\n算收入增长8.2%，城镇调查失业率4.4%。',
  ],
  ['一、2025年工作回顾\n全市地区生产总值增长5.4%。', '5.4%', '全市地区生产总值增长5.4%。'],
  [
    '一年来，主要做了以下工作：\n一是深入落实首都城市战略定位，京津冀协同发展不断走深走实\n二是城乡区域发展更趋协调。',
    '京津冀',
    '一是深入落实首都城市战略定位，京津冀协同发展不断走深走实',
  ],
  ['各位代表：\n现在，我代表北京市人民政府向大会报告工作。', '现在', '现在，我代表北京市人民政府向大会报告工作。'],
])('%j', (text, word, paragraph) => {
  expect(paragraphAt(text, word)).toBe(paragraph);
});

test('it looks back no further than it is told', () => {
  const text = '全市地区生产总值增长5.2%，一般公共预算收入增长\n8.2%，城镇调查失业率4.4%。';
  expect(paragraphStart(text, text.indexOf('8.2%'), text.indexOf('\n'))).toBe(text.indexOf('\n'));
});
