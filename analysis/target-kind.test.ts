import { describe, expect, test } from 'vitest';
import { classifyKinds } from './target-kind';
import { findQuantities } from './targets';

const kindsOf = (text: string) => {
  const targets = findQuantities(text);
  return Object.fromEntries(classifyKinds(text, targets).map((k, i) => [targets[i]?.text, k]));
};

describe('classifyKinds', () => {
  test('the review section reports results, the tasks section sets goals', () => {
    const text = [
      '一、2025年工作回顾',
      '全市地区生产总值增长5.4%，新增就业28万人。',
      '二、2026年重点工作',
      '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，新增轨道交通里程40公里以上。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({ '5.4%': 'past', '28万人': 'past', '5%左右': 'goal', '40公里以上': 'goal' });
  });

  test.each([
    ['过去一年，粮食产量1.37万亿斤。', 'past'],
    ['一年来，新增普惠托位8897个。', 'past'],
    ['去年城镇新增就业1269万人。', 'past'],
    ['今年要新增婴幼儿托位1.5万个。', 'goal'],
    ['力争生活垃圾收运处置体系覆盖率超过80%。', 'goal'],
    ['要完成老旧小区改造1185个。', 'goal'],
    ['今年以来，全市新增就业12万人。', 'past'],
    ['地方政府专项债券比上年增加5000亿元。', 'goal'],
  ])('without headings, the sentence decides: %s', (text, kind) => {
    expect(Object.values(kindsOf(text))).toEqual([kind]);
  });

  test('a sentence about this year inside the review is a goal', () => {
    const text = '一、2021年工作回顾\n居民收入增长8.1%。\n今年发展主要预期目标是：增长5.5%左右。';
    expect(kindsOf(text)).toEqual({ '8.1%': 'past', '5.5%左右': 'goal' });
  });

  test('a later clause that names the other period turns the kind from there on', () => {
    const text = [
      '三、2025年政府工作任务',
      '去年完成固定资产投资1万亿元，今年要达到1.2万亿元，增长20%。',
      '一、2024年工作回顾',
      '过去一年，全市地区生产总值增长5.2%，今年预期增长5%左右。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({
      '1万亿元': 'past',
      '达到1.2万亿元': 'goal',
      '20%': 'goal',
      '5.2%': 'past',
      '5%左右': 'goal',
    });
  });

  test('without headings, paragraphs that name no period go on in the one the last paragraph named', () => {
    const text = [
      '过去一年，城镇新增就业1256万人。',
      '居民人均可支配收入实际增长5.1%。',
      '今年要新增就业1200万人以上。',
      '完成高标准农田建设8000万亩。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({ '1256万人': 'past', '5.1%': 'past', '1200万人以上': 'goal', '8000万亩': 'goal' });
  });

  test('the baseline of 从X提高到Y is neither goal nor past', () => {
    const text = '一、2025年工作回顾\n绿色出行比例从75.6%提升至76.5%。';
    expect(kindsOf(text)).toEqual({ '75.6%': 'other', '76.5%': 'past' });
  });

  test('a review heading that also names this year’s tasks is not a review', () => {
    const text = '三、今年政府工作任务\n新增就业120万人。';
    expect(kindsOf(text)).toEqual({ '120万人': 'goal' });
  });
});

test('a review paragraph opening with last year ("2025年是…") stays in the review', () => {
  const text =
    '一、2025年主要工作和“十四五”发展成就\n2025年是极不平凡的一年。全省生产总值增长5.5%。\n三、2026年重点工作\n2026年是开局之年。新增就业120万人。';
  expect(kindsOf(text)).toEqual({ '5.5%': 'past', '120万人': 'goal' });
});
