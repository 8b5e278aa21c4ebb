import type { Measure } from './indicator-phrase';

type Change = Measure['change'];

/** A headline indicator: how reports write its subject, and the one name every report gets for it. */
interface Headline {
  subject: RegExp;
  name(national: boolean, change: Change, percent: boolean): string;
}

const gdp = (national: boolean) => (national ? '国内生产总值' : '地区生产总值');
// The usual suffix for a change: 增速 for a growth rate, 降幅 for a fall; an amount of change keeps its verb.
const withChange = (base: string, change: Change, percent: boolean) =>
  change === 'level' ? base : `${base}${change === 'rise' ? (percent ? '增速' : '增加') : percent ? '降幅' : '减少'}`;

// Names stable across reports, whatever the wording (全省生产总值, GDP, 经济增长预期目标 → 地区生产总值增速);
// anchored, so 民营经济增加值占地区生产总值比重 or 人均地区生产总值 is not GDP.
const HEADLINES: Headline[] = [
  {
    subject: /^(?:国内|地区|全国|全省|全市|全区|全州|全县|本市|本省)?生产总值(?:总量)?$|^GDP$|^经济(?:总量)?$/u,
    name: (national, change, percent) => withChange(gdp(national), change, percent),
  },
  {
    subject: /^(?:经济增速|经济增长速度|GDP增速|(?:国内|地区)生产总值增速)$/u,
    name: (national) => `${gdp(national)}增速`,
  },
  { subject: /^(?:城镇新增就业|新增城镇就业)(?:人数|人口)?$/u, name: () => '城镇新增就业' },
  { subject: /^(?:城镇)?调查失业率$/u, name: () => '城镇调查失业率' },
  { subject: /^(?:城镇)?登记失业率$/u, name: () => '城镇登记失业率' },
  {
    subject: /^(?:居民)?消费(?:者)?价格(?:指数|总水平)?(?:涨幅)?$|^CPI$|^物价(?:总水平|水平)?(?:涨幅)?$/u,
    name: () => '居民消费价格涨幅',
  },
  {
    subject: /^粮食(?:总产量|产量|总产|生产)$/u,
    name: (_n, change, percent) => withChange('粮食产量', change, percent),
  },
  {
    subject: /^(?:单位(?:国内|地区)?生产总值|单位GDP|万元(?:国内|地区)?生产总值|万元GDP)?能(?:耗|源消耗)(?:强度)?$/u,
    name: (national, change, percent) => withChange(`单位${gdp(national)}能耗`, change, percent),
  },
  {
    subject: /^(?:地方)?一般公共预算收入$/u,
    name: (_n, change, percent) => withChange('一般公共预算收入', change, percent),
  },
  {
    subject: /^(?:全社会)?(?:研发|R&D|研究与试验发展)(?:经费)?(?:投入)?强度$/u,
    name: () => '研发经费投入强度',
  },
  { subject: /^(?:常住人口)?城镇化率$/u, name: () => '常住人口城镇化率' },
  {
    subject: /^(?:城乡|全体)?居民人均可支配收入$|^居民收入$/u,
    name: (_n, change, percent) => withChange('居民人均可支配收入', change, percent),
  },
  { subject: /^(?:财政)?赤字率$/u, name: () => '赤字率' },
  {
    subject: /^社会消费品零售总额$/u,
    name: (_n, change, percent) => withChange('社会消费品零售总额', change, percent),
  },
  {
    subject: /^(?:全社会)?固定资产投资(?:总额)?$/u,
    name: (_n, change, percent) => withChange('固定资产投资', change, percent),
  },
  {
    subject: /^规(?:模以)?上工业增加值$/u,
    name: (_n, change, percent) => withChange('规模以上工业增加值', change, percent),
  },
  {
    subject: /^(?:货物|外贸)?进出口(?:总额|总值|额)?$/u,
    name: (_n, change, percent) => withChange('进出口总额', change, percent),
  },
  { subject: /^森林覆盖率$/u, name: () => '森林覆盖率' },
  {
    subject: /^(?:细颗粒物|PM2\.5)(?:\s*\(?PM\s*2\.5\s*\)?)?(?:年均|平均)?浓度$/u,
    name: () => '细颗粒物平均浓度',
  },
];

// One test turns away the many subjects that are no headline indicator's, before the table is walked. Anchored
// outside as each alternative is inside: unanchored, the engine would try the alternatives at every position.
const ANY_HEADLINE = new RegExp(`^(?:${HEADLINES.map((h) => `(?:${h.subject.source})`).join('|')})`, 'u');

/** The headline indicator a subject names, or null: 全省生产总值 + rise → 地区生产总值增速. */
export function headlineName(subject: string, change: Change, national: boolean, percent: boolean): string | null {
  const compact = subject.replace(/\s+/gu, '');
  if (!compact || !ANY_HEADLINE.test(compact)) return null;
  for (const h of HEADLINES) if (h.subject.test(compact)) return h.name(national, change, percent);
  return null;
}

/** Where a headline name stands in the usual order of a report's main targets (growth first); Infinity for others. */
export function headlineRank(name: string): number {
  const at = HEADLINE_ORDER.findIndex((head) => name.startsWith(head));
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

const HEADLINE_ORDER = [
  '国内生产总值增速',
  '地区生产总值增速',
  '城镇新增就业',
  '城镇调查失业率',
  '城镇登记失业率',
  '居民消费价格涨幅',
  '粮食产量',
  '单位国内生产总值能耗',
  '单位地区生产总值能耗',
  '一般公共预算收入',
  '居民人均可支配收入',
  '研发经费投入强度',
  '常住人口城镇化率',
  '赤字率',
];

/** Any other indicator's name: its subject, with 增速/降幅 where it is measured by its change. */
export function plainName(subject: string, change: Change, percent: boolean): string {
  return withChange(subject, change, percent && !/(?:率|比例|比重|占比|强度)$/u.test(subject));
}
