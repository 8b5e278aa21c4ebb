import { expect, test } from 'vitest';
import { analyze } from './index';
import { severalYearFigures } from './several-years';

const several = (text: string) => {
  const { targets } = analyze(text);
  const flags = severalYearFigures(text, targets);
  return Object.fromEntries(targets.map((t, i) => [t.text, flags[i]]));
};

test('a plan period’s section and a paragraph opening with 过去五年 hold several-year figures; the year’s do not', () => {
  const text = [
    '2021年政府工作报告',
    '一、2020年工作回顾',
    '城镇新增就业1186万人。',
    '二、“十三五”时期发展成就和“十四五”时期主要目标任务',
    '人民生活水平显著提高，城镇新增就业超过6000万人。',
    '——着力提升发展质量效益，城镇调查失业率控制在5.5%以内。',
    '三、2021年重点工作',
    '今年发展主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率5.5%左右。',
    '过去五年，累计新增就业6000万人。',
  ].join('\n');
  expect(several(text)).toEqual({
    '1186万人': false,
    超过6000万人: true,
    '5.5%以内': true,
    '1100万人以上': false,
    '5.5%左右': false,
    '6000万人': true,
  });
});

test.each(['一、“十四五”时期和2025年工作回顾', '一、过去一年和五年工作回顾'])(
  'a heading that names a year besides the plan (%s) is the year’s, but for paragraphs that open on the plan',
  (heading) => {
    const text = `${heading}\n过去一年，地区生产总值增长5.4%。\n过去五年，累计新增就业6000万人。\n`;
    expect(several(text)).toEqual({ '5.4%': false, '6000万人': true });
  },
);
