import { expect, test } from 'vitest';
import { sectionModes } from './section-modes';

const modes = (text: string) => sectionModes(text).map(({ at, mode }) => [text.slice(at, at + 4), mode]);

test.each([
  [
    '一、2025年工作回顾\n增长5%。\n三、2026年重点工作\n增长5%。',
    [
      ['一、20', 'past'],
      ['三、20', 'goal'],
    ],
  ],
  // Headings indented with ideographic spaces (as online libraries publish them), and CRLF line ends.
  [
    '\u3000\u3000一、过去一年工作回顾\r\n增长5%。\r\n\u3000\u3000二、今年工作任务\r\n增长5%。',
    [
      ['\u3000\u3000一、', 'past'],
      ['\u3000\u3000二、', 'goal'],
    ],
  ],
  // A year before the report's own marks a review, the report's year a plan; a heading with neither says nothing.
  [
    '——2021年3月5日在大会上\n一、2020年主要工作\n二、2021年经济社会发展总体要求\n三、政府自身建设\n',
    [
      ['一、20', 'past'],
      ['二、20', 'goal'],
    ],
  ],
  // A page that starts inside section 一 (the review) before the plan's second section.
  [
    '一是稳住了经济大盘。全年增长8.1%。\n二、2022年经济社会发展总体要求和政策取向\n增长5.5%左右。',
    [
      ['一是稳住', 'past'],
      ['二、20', 'goal'],
    ],
  ],
  // …but not when the page holds only a heading-less opening, or starts before a later section.
  ['二、2022年政策取向\n增长5.5%左右。', [['二、20', 'goal']]],
  ['要加快建设。\n三、2022年政府工作任务\n增长5.5%左右。', [['三、20', 'goal']]],
])('%j', (text, expected) => {
  expect(modes(text)).toEqual(expected);
});
