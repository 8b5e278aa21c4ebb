import { describe, expect, test } from 'vitest';
import { analyze } from './index';
import { similarity } from './indicator';

// A report in miniature: last year's results, then this year's goals.
const report = (review: string, plan: string) =>
  `各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、2025年工作回顾\n${review}\n二、2026年重点工作\n${plan}\n`;

/** Each target as `text=indicator` (`text` alone where it has none). */
function indicators(text: string): string[] {
  return analyze(text).targets.map((t) => (t.indicator ? `${t.text}=${t.indicator}` : t.text));
}

describe('indicator', () => {
  test.each([
    [
      'a regional report: GDP by any name, growth apart from the amount',
      report(
        '全省生产总值5.2万亿元、增长5.4%，一般公共预算收入增长4.8%。',
        '今年主要预期目标是：GDP增长5%左右，一般公共预算收入增长4%左右。',
      ),
      [
        '5.2万亿元',
        '5.4%=地区生产总值增速',
        '4.8%=一般公共预算收入增速',
        '5%左右=地区生产总值增速',
        '4%左右=一般公共预算收入增速',
      ],
    ],
    [
      'a national report: the result, the goal and the goal restated',
      `${report('国内生产总值达到114万亿元，增长8.1%。居民消费价格上涨0.9%。', '今年发展主要预期目标是：国内生产总值增长5.5%左右；居民消费价格涨幅3%左右。')}经济增速是综合性指标，今年预期目标设定为5.5%左右。`,
      [
        '达到114万亿元',
        '8.1%=国内生产总值增速',
        '0.9%=居民消费价格涨幅',
        '5.5%左右=国内生产总值增速',
        '3%左右=居民消费价格涨幅',
        '5.5%左右=国内生产总值增速',
      ],
    ],
    [
      'both ends of 从X提高到Y',
      report('中心城区绿色出行比例从75.6%提升至76.5%。', '推进城市更新。'),
      ['75.6%=中心城区绿色出行比例', '76.5%=中心城区绿色出行比例'],
    ],
    [
      'the noun a number counts, worded differently in the plan',
      report(
        '为380个老旧小区引入物业服务，新增运营里程30公里。',
        '为800个老旧小区引入物业服务，新增轨道交通运营里程40公里以上。',
      ),
      [
        '380个=老旧小区引入物业服务',
        '30公里=新增轨道交通运营里程',
        '800个=老旧小区引入物业服务',
        '40公里以上=新增轨道交通运营里程',
      ],
    ],
    [
      'a part is not its total, a running total not the year’s increment',
      report(
        '中心城区新增机动车停车位5万余个，新增1000处信号灯联网。',
        '新增机动车停车位3.5万个，信号灯联网累计达8000处。',
      ),
      ['5万余个', '1000处', '3.5万个', '达8000处'],
    ],
    [
      'the figures of one 分别 list, or of one clause, are different things',
      report('城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。', '抓好城市更新。'),
      ['达6.9万元', '3.4万元', '4.2%', '5.3%'],
    ],
    [
      'what reports say around the subject: 完成, 按可比价格计算, 预期, 控制在',
      report(
        '全省一般公共预算收入完成8000亿元，增长3%。全省地区生产总值5万亿元，按可比价格计算，增长5.2%。',
        '地区生产总值预期增长5%左右，一般公共预算收入增长3%左右，居民消费价格涨幅控制在2%左右。',
      ),
      [
        '8000亿元',
        '3%=一般公共预算收入增速',
        '5万亿元',
        '5.2%=地区生产总值增速',
        '5%左右=地区生产总值增速',
        '3%左右=一般公共预算收入增速',
        '2%左右',
      ],
    ],
    [
      'a multi-year average joins the yearly figure',
      report('城镇新增就业141万人。', '城镇新增就业年均增长2%。今年城镇新增就业120万人。'),
      ['141万人=城镇新增就业', '2%', '120万人=城镇新增就业'],
    ],
    [
      'a plan period’s total and cumulative change are other measures than the year’s; its rates are the same',
      '2021年政府工作报告\n一、2020年工作回顾\n城镇新增就业1186万人，城镇调查失业率5.2%。\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n城镇新增就业超过6000万人。城镇调查失业率控制在5.5%以内，单位国内生产总值能耗降低13.5%。\n三、2021年重点工作\n今年发展主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率5.5%左右，单位国内生产总值能耗降低3%左右。\n',
      [
        '1186万人=城镇新增就业',
        '5.2%=城镇调查失业率',
        '超过6000万人',
        '5.5%以内=城镇调查失业率',
        '13.5%',
        '1100万人以上=城镇新增就业',
        '5.5%左右=城镇调查失业率',
        '3%左右',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(indicators(text)).toEqual(expected);
  });

  test('a 分别 list gives each number its own subject and the shared change word', () => {
    const text = report(
      '推进城市更新。',
      '单位地区生产总值能耗和二氧化碳排放分别降低3%、4%。今年单位地区生产总值能耗降低3%左右。',
    );
    expect(indicators(text)).toEqual(['3%=单位地区生产总值能耗降幅', '4%', '3%左右=单位地区生产总值能耗降幅']);
  });

  test('a 分别 list of qualifiers names each number in full, also in the clause after it', () => {
    const text = report(
      '城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。第一、二、三产业增加值分别增长3%、5%、6%。',
      '农村居民人均可支配收入增长6%左右，城镇居民人均可支配收入增长5%左右，第二产业增加值增长5.5%。',
    );
    expect(indicators(text)).toEqual([
      '达6.9万元',
      '3.4万元',
      '4.2%=城镇居民人均可支配收入增速',
      '5.3%=农村居民人均可支配收入增速',
      '3%',
      '5%=第二产业增加值增速',
      '6%',
      '6%左右=农村居民人均可支配收入增速',
      '5%左右=城镇居民人均可支配收入增速',
      '5.5%=第二产业增加值增速',
    ]);
  });

  test('a 分别 list written with commas for 、 goes on with its names; the opening words are not its names', () => {
    const text = report(
      '去年城乡居民人均可支配收入分别增长4.2%，5.3%。交通、水利、能源领域投资分别达2400亿元，450亿元，1700亿元。',
      '农村居民人均可支配收入增长6%左右，城镇居民人均可支配收入增长5%左右，水利领域投资500亿元。',
    );
    expect(indicators(text)).toEqual([
      '4.2%=城镇居民人均可支配收入增速',
      '5.3%=农村居民人均可支配收入增速',
      '达2400亿元',
      '450亿元',
      '1700亿元',
      '6%左右=农村居民人均可支配收入增速',
      '5%左右=城镇居民人均可支配收入增速',
      '500亿元',
    ]);
  });

  test('a footnote mark after the counted noun is no part of it', () => {
    const text = report('推进20个重点区域环境整治。', '今年推进25个重点区域环境整治①。');
    expect(indicators(text)).toEqual(['20个=推进重点区域环境整治', '25个=推进重点区域环境整治']);
  });

  test('a comma grouping thousands ends no clause: the 分别 list goes on', () => {
    const text = report('营业收入和利润总额分别达到4,672.8亿元和512.4亿元。', '今年利润总额达到550亿元。');
    expect(indicators(text)).toEqual(['达到4,672.8亿元', '512.4亿元=利润总额', '达到550亿元=利润总额']);
  });

  test.each([
    ['新增运营里程', '新增轨道交通运营里程', 0.8],
    ['老旧小区改造完工', '改造完工老旧小区', 6 / 7],
    ['老旧小区改造完工', '老旧小区引入物业服务', 3 / 7],
    ['率', '率', 0],
  ])('similarity(%s, %s)', (a, b, s) => {
    expect(similarity(a, b)).toBeCloseTo(s);
  });
});
