import { expect, test } from 'vitest';
import { contextAgreement } from './context-agreement';
import { matchDoubt } from './match-doubts';

const REST = Array.from({ length: 40 }, (_, i) => `第${i + 1}项：坚持稳中求进，推动高质量发展。`).join('\n');

/** The doubt about `words` in `text` standing for a quote taken as [prefix][exact][suffix]. */
function doubt(taken: string, text: string, words: string) {
  const [prefix = '', exact = '', suffix = ''] = taken.split(/[[\]]/u);
  const start = text.indexOf(words);
  const end = start + words.length;
  const quote = { exact, prefix, suffix };
  return matchDoubt(text, quote, { start, end }, contextAgreement(text, prefix, suffix)(start, end));
}

test.each([
  [
    '其中减免社保费1.7万亿元。创新宏观政策实施方式，对新增[2万亿元]中央财政资金建立直达机制',
    '减免社保费1.7万亿元。创新宏观政策实施方式，省级财政',
    '7万亿元',
    'cuts-number',
  ],
  [
    '边疆地区加快发展。[发展海洋经济]，建设海洋强国。经济大省',
    '边疆地区加快发展。经济大省',
    '发展。经济',
    'gains-sentence-end',
  ],
  [
    '提振市场信心。预计全年退税减税约[2.5万亿元]，其中留抵退税约1.5万亿元，退税资金',
    '提振市场信心。其中留抵退税约1.5万亿元，退税资金',
    '1.5万亿元',
    'figure-context',
  ],
  [
    '今年发展主要预期目标是：国内生产总值增长5%左右；[城镇新增就业1200万人以上]；城镇调查失业率5.5%左右。',
    `【要点】今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n${REST}`,
    '城镇新增就业1200万人以上',
    'context',
  ],
  [
    '以保促稳、稳中求进。[坚持稳中求进工作总基调]，完整准确全面贯彻',
    `以保促稳、稳中求进。坚持稳中求进工作总基调，完整准确全面贯彻\n${REST}`,
    '坚持稳中求进工作总基调',
    null,
  ],
  [
    '单位国内生产总值能耗降低3%左右，[城镇新增就业1100万人以上]；城镇调查',
    `单位国内生产总值能耗降低3%左右，城镇新增就业1200万人以上；城镇调查\n${REST}`,
    '城镇新增就业1200万人以上',
    null,
  ],
])('%s → %s: %s', (taken, text, words, reason) => {
  expect(doubt(taken, text, words)).toBe(reason);
});
