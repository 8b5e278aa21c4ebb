import { describe, expect, test } from 'vitest';
import { findQuantities } from './targets';

const spans = (text: string) => findQuantities(text).map((q) => q.text);

describe('findQuantities finds the guideline targets', () => {
  test.each([
    ['新增婴幼儿托位1.5万个。', ['1.5万个']],
    ['力争生活垃圾收运处置体系覆盖率超过80%', ['超过80%']],
    ['在培学生达到3万人以上', ['达到3万人以上']],
    ['国内生产总值增长5.5%左右', ['5.5%左右']],
    ['城镇调查失业率控制在5.5%以内', ['5.5%以内']],
    ['抽检合格率不低于90%', ['不低于90%']],
    ['增长4.5%—5%', ['4.5%—5%']],
    ['每个乡镇至少办好一所公办幼儿园', ['一所']],
    ['两次全面降准', ['两次']],
    ['精简两成', ['两成']],
    ['覆盖九成以上城乡社区', ['九成以上']],
    ['交易额实现两位数增长', ['两位数']],
    ['惠及近千万家庭', ['近千万']],
    ['3700多万学生受益', ['3700多万']],
    ['建成美丽庭院5000余户', ['5000余户']],
    ['规模近9.8万亿元', ['近9.8万亿元']],
    ['增加约1.5万亿元', ['约1.5万亿元']],
    ['高于全国0.4个百分点', ['0.4个百分点']],
    ['PM2.5浓度31.3微克/立方米', ['31.3微克/立方米']],
    ['占全国1/3以上', ['1/3以上']],
    ['节能改造850万平方米', ['850万平方米']],
    ['每人每月2375元', ['2375元']],
    ['从75.6%提升至76.5%', ['75.6%', '76.5%']],
    ['分别增长6.5%和7%', ['6.5%', '7%']],
    ['新增服务面积200万亩', ['200万亩']],
    ['超6.1万家', ['超6.1万家']],
    ['完成造林种草3亿亩次，检查车辆1.2万辆次', ['3亿亩次', '1.2万辆次']],
    ['惠及两千多万人，新增十余万个岗位', ['两千多万人', '十余万个']],
    ['覆盖率提高到百分之六十，做到百分之百，达到百分之九十以上', ['百分之六十', '百分之百', '达到百分之九十以上']],
    ['组建应急队伍120支，完成手术3000例，获金牌5枚，治理面积12平方千米', ['120支', '3000例', '5枚', '12平方千米']],
    // Text taken from PDFs, numbers spaced off from their words.
    ['举办营业性演出 5.7 万场、吸引观众 2545 万人次', ['5.7 万场', '2545 万人次']],
    ['全年新增减负超过 1160 亿元', ['超过 1160 亿元']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('findQuantities leaves out what the guideline excludes', () => {
  test.each([
    ['成为玉林首个300亿元园区', 'an amount naming a class of park'],
    ['建设数十个园区，吸引上千家企业，几百人参加', 'indefinite numbers'],
    ['落实两支持政策，十分支持', 'a measure word that starts a word (支持)'],
    ['培育营业收入超百亿元企业', 'an amount naming a class of firm'],
    ['营收超百亿元的企业、超千亿元的县', 'an amount naming a class, after 的'],
    ['投资10亿元以上的重大项目', 'an amount naming a class, after a bound'],
    ['连续3年保持增长，用1.5年时间，再延长30年', 'periods in years'],
    ['2024年3月5日', 'dates'],
    ['50年代流传至今', 'decades'],
    ['第一批国家公园', 'ordinals'],
    ['（八）优化区域发展布局', 'list markers'],
    ['1.帮扶就业困难人员', 'list markers'],
    ['上接07版', 'page references'],
    ['“十四五”时期', 'plan names'],
    ['落实“1+8”化债方案', 'quoted terms'],
    ['坚定拥护“两个确立”', 'slogans'],
    ['严格落实中央八项规定精神', 'named rules'],
    ['开展5G网络建设，PM2.5浓度下降', 'names with numbers'],
    ['拨打12345热线', 'hotlines'],
    ['支持呼包同城化60条落地', 'policy packages named by item count'],
    ['5A级景区和三级医院', 'grade descriptors'],
    ['3岁以下婴幼儿', 'age descriptors'],
    ['8英寸晶圆', 'size descriptors'],
    ['过去五年', 'period references'],
    ['三年攻坚行动', 'programme periods'],
    ['今年接续推出33件民生实事', 'structure counts'],
    ['重点做好九个方面工作', 'structure counts'],
    ['建设一批零工市场', 'indefinite quantities'],
    ['加强原材料、关键零部件等供给保障，汽车零件出口', 'words starting with 零'],
    ['千方百计、千家万户、一老一小', 'idioms'],
    ['统筹两个大局，用好两个市场两种资源，促进两个健康', 'slogans written without quotes'],
    ['办一件成一件', 'articles'],
    ['隆重庆祝成立一百周年', 'anniversaries'],
    ['十四届全国人大二次会议', 'sessions'],
    ['一体推进管网更新', 'idioms'],
    ['改革开放以来的6个月', 'durations in months'],
  ])('%s (%s)', (text) => {
    expect(spans(text)).toEqual([]);
  });

  test('a count closing a short heading line describes the list', () => {
    expect(spans('### 一、促进群众就业增收方面5件\n\n1.帮扶就业困难人员实现就业5万人')).toEqual(['5万人']);
  });
});

describe('findQuantities normalises value, unit and bound as the guideline table says', () => {
  test.each([
    ['1.5万个', 15000, '个', '='],
    ['3万人以上', 30000, '人', '>='],
    ['超过80%', 80, '%', '>'],
    ['不低于90%', 90, '%', '>='],
    ['5%左右', 5, '%', '~'],
    ['近千万', 10000000, '', '~'],
    ['约1.5万亿元', 1500000000000, '元', '~'],
    ['3%以内', 3, '%', '<='],
    ['10万人以下', 100000, '人', '<='],
    ['1万亿元', 1e12, '元', '='],
    ['200万亩', 2000000, '亩', '='],
    ['0.2个百分点', 0.2, '个百分点', '='],
    ['五成', 50, '%', '='],
    ['两位数', null, '位数', '='],
    ['2000多亿元', 200000000000, '元', '>='],
    ['1.37万亿斤', 1370000000000, '斤', '='],
  ])('%s → %j %s %s', (text, value, unit, bound) => {
    const [q] = findQuantities(`增长${text}。`);
    expect(q).toMatchObject({ text, value, unit, bound });
  });

  test('a range is one target with a pair of values', () => {
    expect(findQuantities('增长4.5%—5%')[0]).toMatchObject({ value: [4.5, 5], unit: '%', bound: 'range' });
  });

  test('offsets are UTF-16 offsets into the text', () => {
    const text = '𠀀新增托位1.5万个';
    const [q] = findQuantities(text);
    expect(text.slice(q?.start, q?.end)).toBe('1.5万个');
  });
});

describe('findQuantities on shapes from other reports', () => {
  test.each([
    ['举办各类基层文化活动超10万场次', ['超10万场次']],
    ['全员劳动生产率达到30万元/人左右', ['达到30万元/人左右']],
    ['人均预期寿命从80.2岁提升至82.5岁。', ['80.2岁', '82.5岁']],
    ['聚焦聚力干好四件大事', []],
    ['润泽智算中心三期等项目开工建设', []],
    ['培训分两期进行', ['两期']],
    ['新增电力装机3000万千瓦', ['3000万千瓦']],
    ['劳动年龄人口平均受教育年限提高到11.3年', ['11.3年']],
    ['新增劳动力平均受教育年限达到14年以上', ['达到14年以上']],
    ['人均预期寿命再提高1岁', ['1岁']],
    ['企业开办时间压缩至1个工作日以内，审批时间压缩至60个工作日', ['1个工作日以内', '60个工作日']],
    ['空气质量优良天数达到330天，通勤时间缩短到40分钟以内', ['达到330天', '40分钟以内']],
    ['打造15分钟生活圈，7×24小时服务，连续3天，在1个工作日内办结', []],
    ['1.规上工业企业：指年主营业务收入2000万元及以上的工业法人企业。', []],
    ['高标准农田是指亩均粮食产能提高100公斤以上的农田', []],
    ['工作要求：指导企业新增就业3万人', ['3万人']],
    ['培育营收超百亿元的企业10家，安排1亿元的县级奖补资金', ['10家', '1亿元']],
    ['减免5亿元的企业所得税', ['5亿元']],
    ['能耗强度下降三分之一，超过四分之三的县实现全覆盖', ['三分之一', '超过四分之三']],
    ['十分之九十，三分之三', []],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

test.each([['3岁以下婴幼儿托位'], ['60岁以上老年人'], ['为18岁青年']])(
  '%s: an age describing people is no target',
  (text) => {
    expect(spans(text)).toEqual([]);
  },
);

test.each([
  ['下降三分之一', 33.333333, '%', '='],
  ['二分之一左右', 50, '%', '~'],
  ['控制在千分之五以内', 5, '‰', '<='],
])('a fraction written out is a share: %s', (text, value, unit, bound) => {
  expect(findQuantities(text)[0]).toMatchObject({ value, unit, bound });
});

test.each([
  ['覆盖率达到90%及以上', 90, '%', '>='],
  ['能耗降低至少2%', 2, '%', '>='],
  ['最多3个', 3, '个', '<='],
])('a bound written outside the span still bounds it: %s', (text, value, unit, bound) => {
  expect(findQuantities(text)[0]).toMatchObject({ value, unit, bound });
});

test.each([
  ['新增就业10—20万人', [1e5, 2e5], '人'],
  ['投资3-5亿元', [3e8, 5e8], '元'],
  ['投资3万—5万元', [3e4, 5e4], '元'],
  ['增长4.5%—5%', [4.5, 5], '%'],
])('a multiplier written once, at the end of a range, scales both ends: %s', (text, value, unit) => {
  expect(findQuantities(text)[0]).toMatchObject({ value, unit, bound: 'range' });
});

test.each([
  ['赤字率不超过3%', '3%', '<='],
  ['最多不超过50个', '50个', '<='],
  ['覆盖率高于90%', '90%', '>'],
  ['失业率低于5.5%', '5.5%', '<'],
  ['惠及逾1200万人', '1200万人', '>'],
  ['从不到70万亿元增加到', '70万亿元', '<'],
  ['增长5%上下', '5%', '~'],
  ['不低于90%', '不低于90%', '>='],
  ['不少于500人', '不少于500人', '>='],
  ['超过3%', '超过3%', '>'],
  ['培育100家上下游企业', '100家', '='],
  ['每个旗县至少办好一所优质高中', '一所', '>='],
  ['至少新增2000个', '2000个', '>='],
  ['最多不超过50个', '50个', '<='],
  ['至少，新增2000个', '2000个', '='], // the adverb is not this clause's
  ['至少增长5%以上', '5%以上', '>='],
])('a bound word outside the span still gives the bound: %s', (text, span, bound) => {
  expect(findQuantities(text).map((t) => [t.text, t.bound])).toEqual([[span, bound]]);
});

test.each([
  ['增长百分之五点五', '百分之五点五', 5.5, '%'],
  ['提高零点五个百分点', '零点五个百分点', 0.5, '个百分点'],
  ['达到三点二万亿元', '达到三点二万亿元', 3.2e12, '元'],
])('a decimal in Chinese numerals is one target: %s', (text, span, value, unit) => {
  expect(findQuantities(text).map((t) => [t.text, t.value, t.unit])).toEqual([[span, value, unit]]);
});

test.each(['一点一滴地推进', '下午三点五十分开会', '抓住重点三个方面'])(
  '点 in words and times makes no decimal: %s',
  (text) => {
    expect(findQuantities(text).map((t) => t.text)).toEqual([]);
  },
);

test('a range whose unit is written once, at its end, is one target', () => {
  expect(findQuantities('每年新建3—5个中心')[0]).toMatchObject({
    text: '3—5个',
    value: [3, 5],
    unit: '个',
    bound: 'range',
  });
});

test.each([
  [
    '分别提高1.2和0.8个百分点',
    [
      ['1.2', 1.2, '个百分点'],
      ['0.8个百分点', 0.8, '个百分点'],
    ],
  ],
  [
    '分别增长5.1、6.3和7%',
    [
      ['5.1', 5.1, '%'],
      ['6.3', 6.3, '%'],
      ['7%', 7, '%'],
    ],
  ],
  [
    '分别为120和80万人',
    [
      ['120', 1.2e6, '人'],
      ['80万人', 8e5, '人'],
    ],
  ],
  [
    '分别达到120万和80万人',
    [
      ['达到120万', 1.2e6, '人'],
      ['80万人', 8e5, '人'],
    ],
  ],
  [
    '分别提高2个和3个百分点',
    [
      ['2个', 2, '个百分点'],
      ['3个百分点', 3, '个百分点'],
    ],
  ],
  [
    '新建2个和改造3个',
    [
      ['2个', 2, '个'],
      ['3个', 3, '个'],
    ],
  ],
  // Not a list of amounts: a name, an ordinal, a year, a range.
  ['PM2.5和10个站点', [['10个', 10, '个']]],
  ['第1和2个', [['2个', 2, '个']]],
  ['2023和2024年增长5%', [['5%', 5, '%']]],
  ['分别为3和4—5个', [['4—5个', [4, 5], '个']]],
])('numbers listed before a target share its unit: %s', (text, expected) => {
  expect(findQuantities(text).map((t) => [t.text, t.value, t.unit])).toEqual(expected);
});

test.each([
  ['新建绿地100万㎡', '100万㎡', 1e6, '平方米'],
  ['改造老旧小区300万m²', '300万m²', 3e6, '平方米'],
  ['新建厂房20万m2', '20万m2', 2e5, '平方米'],
  ['装机容量达到1200万kW', '达到1200万kW', 1.2e7, '千瓦'],
  ['发电量500亿kW·h', '500亿kW·h', 5e10, '千瓦时'],
  ['改造管网3000km', '3000km', 3000, '公里'],
  ['治理水土流失面积2000km²', '2000km²', 2000, '平方公里'],
])('a unit written as a symbol reads as the unit in characters: %s', (text, span, value, unit) => {
  expect(findQuantities(text).map((t) => [t.text, t.value, t.unit])).toEqual([[span, value, unit]]);
});

test.each(['改造3kms', '功率5kW2', 'PM2.5浓度', '5G基站'])('letters that go on are no symbol unit: %s', (text) => {
  expect(findQuantities(text)).toEqual([]);
});

test.each([
  ['进出口总额增长-1.0%', '-1.0%', -1],
  ['利润下降-2.5%', '-2.5%', -2.5],
  ['人口自然增长率为-0.5‰', '-0.5‰', -0.5],
  ['增长-10—20万元', '-10—20万元', [-1e5, 2e5]],
  // A dash after a number is a range's, never a sign.
  ['2023-2025年增长5%', '5%', 5],
])('a minus sign after words is the value’s: %s', (text, span, value) => {
  expect(findQuantities(text).map((t) => [t.text, t.value])).toEqual([[span, value]]);
});

test.each([
  ['新增就业1万2千人', '1万2千人', 12000, '人', '='],
  ['投资1亿2千万元', '1亿2千万元', 1.2e8, '元', '='],
  ['新增就业1万2000人以上', '1万2000人以上', 12000, '人', '>='],
  ['提高1个多百分点', '1个多百分点', 1, '个百分点', '>='],
])('an amount written in parts is one target: %s', (text, span, value, unit, bound) => {
  expect(findQuantities(text).map((t) => [t.text, t.value, t.unit, t.bound])).toEqual([[span, value, unit, bound]]);
});

test('a comma between the parts keeps them apart', () => {
  expect(findQuantities('完成1万，2千人').map((t) => t.text)).toEqual(['1万', '2千人']);
});

test.each([
  ['吸引外资100亿港元', '100亿港元', 1e10, '港元'],
  ['出口50亿欧元', '50亿欧元', 5e9, '欧元'],
  ['利用外资200亿美元', '200亿美元', 2e10, '美元'],
])('other currencies keep their unit: %s', (text, span, value, unit) => {
  expect(findQuantities(text).map((t) => [t.text, t.value, t.unit])).toEqual([[span, value, unit]]);
});

test.each([
  '对个体工商户年应纳税所得额不到100万元的部分，再减半征收所得税',
  '对小微企业年应纳税所得额100万元至300万元部分，再减半征收',
])('an amount bounding a bracket of income describes it, as a grade does: %s', (text) => {
  expect(findQuantities(text)).toEqual([]);
});

test('an amount with 部分 after it elsewhere is still a target', () => {
  expect(findQuantities('安排资金100万元部分用于补贴').map((t) => t.text)).toEqual(['100万元']);
});

test('a range of percentages written out is one span, as 3%—4% is', () => {
  expect(findQuantities('单位能耗下降百分之三到百分之四')).toMatchObject([
    { text: '百分之三到百分之四', value: [3, 4], unit: '%', bound: 'range' },
  ]);
  expect(findQuantities('百分之五至百分之三').map((t) => t.text)).toEqual(['百分之五', '百分之三']);
});
