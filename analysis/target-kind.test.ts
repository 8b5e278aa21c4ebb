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

  test('a heading naming both periods, the paragraph under it on the next line, no blank line between', () => {
    const text = [
      '一、2020年工作回顾',
      '全年国内生产总值增长2.3%。',
      '二、“十三五”时期发展成就和“十四五”时期主要目标任务',
      '过去五年，我国经济社会发展取得新的历史性成就。人民生活水平显著提高，城镇新增就业超过6000万人。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({ '2.3%': 'past', 超过6000万人: 'past' });
  });

  test('under a heading naming both periods, a paragraph goes on in the period its section last named', () => {
    const text = [
      '2021年政府工作报告',
      '一、2020年工作回顾',
      '全年国内生产总值增长2.3%。',
      '二、“十三五”时期发展成就和“十四五”时期主要目标任务',
      // One sentence a line, as some pages print them: only the first opens with 过去五年.
      '过去五年，我国经济社会发展取得新的历史性成就。',
      '5575万农村贫困人口实现脱贫。',
      '城镇新增就业超过6000万人。',
      // The plan the report opens names its period: what follows is ahead.
      '“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。',
      '——着力提升发展质量效益，城镇调查失业率控制在5.5%以内。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({ '2.3%': 'past', '5575万': 'past', 超过6000万人: 'past', '5.5%以内': 'goal' });
  });

  test('a population and the expected number of graduates are background figures (the guideline’s other)', () => {
    const text = [
      '二、2022年政府工作任务',
      '今年高校毕业生超过1000万人，要加强就业创业指导。我国有2.9亿在校学生。把14亿多中国人的饭碗牢牢端在自己手中。',
      '要保障好14亿人的粮食安全。',
      '提供11.2万个高校毕业生就业岗位，5575万农村贫困人口实现脱贫。',
      '全市常住人口达到954.7万人，60岁及以上老年人口已达180万人，全省户籍人口8500万，贫困人口减少300万人。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({
      超过1000万人: 'other',
      '2.9亿': 'other',
      '14亿多': 'other',
      '14亿人': 'other',
      '11.2万个': 'goal',
      '5575万': 'goal',
      '达到954.7万人': 'other',
      达180万人: 'other',
      '8500万': 'other',
      '300万人': 'goal',
    });
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

  test('last year’s figure a goal is set on is a result; the goal set on last year is a goal', () => {
    const text = [
      '三、2023年政府工作任务',
      '今年发展主要预期目标是：国内生产总值增长5%左右。这一目标是在去年增长4.6%的基础上提出的，统筹了各方面。',
      '力争在去年基础上增长6%。在上年增长10%的基础上再增长8%。',
    ].join('\n');
    expect(kindsOf(text)).toEqual({ '5%左右': 'goal', '4.6%': 'past', '6%': 'goal', '10%': 'past', '8%': 'goal' });
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

test.each([
  [
    'a review sentence measuring a result against the goal: the result, then the goal',
    '一、2023年工作回顾\n城镇调查失业率平均为5.1%，低于5.5%左右的预期目标。\n粮食产量达到300万吨，为今年稳产增产打下基础。',
    { '5.1%': 'past', '5.5%左右': 'goal', 达到300万吨: 'past' },
  ],
  [
    'a goal restated in a review, named as a goal after its figure',
    '一、2023年工作回顾\n新增婴幼儿托位1.2万个，超额完成1万个的年度目标。提前完成能耗下降13.5%的目标。1亿农业转移人口和其他常住人口在城镇落户目标顺利实现。',
    { '1.2万个': 'past', '1万个': 'goal', '13.5%': 'goal', '1亿': 'goal' },
  ],
  [
    'a goal sentence citing last year’s figure: the goal, then last year’s',
    '二、2024年主要目标任务\n城镇新增就业3万人以上，与去年实际完成的3.2万人基本持平，城镇调查失业率5.5%左右。\n居民消费价格涨幅3%左右，去年为0.2%。\n投资比去年实际完成额增长10%。',
    { '3万人以上': 'goal', '3.2万人': 'past', '5.5%左右': 'goal', '3%左右': 'goal', '0.2%': 'past', '10%': 'goal' },
  ],
  [
    'a review sentence that states a goal midway: the figures after it',
    '一、2023年工作回顾\n全年新增就业5万人，今年目标是新增就业6万人。',
    { '5万人': 'past', '6万人': 'goal' },
  ],
])('%s', (_name, text, kinds) => {
  expect(kindsOf(text)).toEqual(kinds);
});

test('a review paragraph opening with last year ("2025年是…") stays in the review', () => {
  const text =
    '一、2025年主要工作和“十四五”发展成就\n2025年是极不平凡的一年。全省生产总值增长5.5%。\n三、2026年重点工作\n2026年是开局之年。新增就业120万人。';
  expect(kindsOf(text)).toEqual({ '5.5%': 'past', '120万人': 'goal' });
});

describe('a page that starts mid-section is judged by its sentences', () => {
  test.each([
    // The second page of a printing: the review goes on, no heading says so.
    [
      '——“向优”的质效稳步提升。规上工业企业利润增长6%，入选独角兽企业195家、居全国第一。\n城镇新增就业141万人，城镇调查失业率4.6%。',
      { '6%': 'past', '195家': 'past', '141万人': 'past', '4.6%': 'past' },
    ],
    // A paragraph without targets names the period the next ones go on in.
    [
      '回顾过去一年，成绩得来殊为不易。\n一是保持政策连续性。\n有效实施稳健的货币政策，两次全面降准。',
      { 两次: 'past' },
    ],
    // A plan's page: its words lean ahead.
    [
      '要持续深化公立医院改革，建设好4个国家区域医疗中心。\n力争生活垃圾收运处置体系覆盖率超过80%。',
      { '4个': 'goal', '超过80%': 'goal' },
    ],
  ])('%s', (text, expected) => {
    expect(kindsOf(text)).toEqual(expected);
  });

  test('a page that reaches the plan’s second section starts in the review', () => {
    const text =
      '有效实施稳健的货币政策，两次全面降准。\n二、2022年经济社会发展总体要求\n今年城镇新增就业1100万人以上。';
    expect(kindsOf(text)).toEqual({ 两次: 'past', '1100万人以上': 'goal' });
  });

  test('a record or a done deed inside the plan’s section is a result', () => {
    const text = '三、2022年政府工作任务\n去年新增减税降费超过1万亿元。\n今年拟安排专项债券3.65万亿元。';
    expect(kindsOf(text)).toEqual({ 超过1万亿元: 'past', '3.65万亿元': 'goal' });
  });

  test('CRLF line ends and ideographic-space indents read as plain ones', () => {
    const text =
      '\u3000\u3000一、2021年工作回顾\r\n\u3000\u3000粮食产量1.37万亿斤。\r\n\u3000\u3000三、2022年政府工作任务\r\n\u3000\u3000新建1亿亩高标准农田。';
    expect(kindsOf(text)).toEqual({ '1.37万亿斤': 'past', '1亿亩': 'goal' });
  });
});

test.each([
  // The particle 了 explains a plan here; 去年 is a comparison.
  ['三、2021年重点工作\n今年预期目标设定为6%以上，考虑了经济运行恢复情况。', '6%以上', 'goal'],
  ['三、2021年重点工作\n对地方一般性转移支付增长7.8%、增幅明显高于去年。', '7.8%', 'goal'],
  ['三、2021年重点工作\n粮食产量1.37万亿斤，创历史新高。', '1.37万亿斤', 'past'],
])('inside the plan: %s', (text, target, kind) => {
  expect(kindsOf(text)[target]).toBe(kind);
});
