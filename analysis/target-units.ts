/**
 * Units written as symbols, as some PDFs and city reports print them (`100万㎡`, `1200万kW`, `3000km`), and
 * the unit a reader sees for each: the one the report would write in characters.
 */
export const SYMBOL_UNITS: Readonly<Record<string, string>> = symbolUnits();

function symbolUnits(): Record<string, string> {
  const units: Record<string, string> = {};
  const add = (unit: string, ...symbols: string[]) => {
    for (const symbol of symbols) units[symbol] = unit;
  };
  add('平方公里', 'km²', 'km2', '㎢', 'k㎡');
  add('平方米', 'm²', 'm2', '㎡');
  add('立方米', 'm³', 'm3', '㎥');
  add('千瓦时', 'kWh', 'kW·h', 'KWh', 'kwh', 'kW.h', '㎾h');
  add('千瓦', 'kW', 'KW', 'kw', '㎾');
  add('兆瓦', 'MW', '㎿');
  add('公里', 'km', 'KM', '㎞');
  add('千克', 'kg', '㎏');
  return units;
}

/**
 * Units and measure words a target may end in, longest first where one is the start of another.
 * Kept apart from the recogniser so the list can grow without touching the rules.
 * Not here on purpose: 月 日 届 版 级 号 英寸 (dates, sessions, pages, grades, names). 岁 and the DURATIONS are,
 * but count only as a measured amount (`受教育年限提高到11.3年`, `寿命提高1岁`): the recogniser checks the words.
 */
export const UNITS = [
  ...Object.keys(SYMBOL_UNITS).sort((a, b) => b.length - a.length),
  // `提高1个多百分点`: more than one percentage point (read as 个百分点, at least).
  '个多百分点',
  '个工作日',
  '工作日',
  '分钟',
  '小时',
  '个百分点',
  '百分点',
  '微克/立方米',
  '万吨标准煤',
  '吨标准煤',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '千米',
  '千克',
  '公里',
  '公顷',
  '公斤',
  '标准箱',
  '标箱',
  '人次',
  '场次',
  '架次',
  '班次',
  '户次',
  '亩次',
  '辆次',
  '车次',
  '台次',
  '艘次',
  '航次',
  '批次',
  '件次',
  '家次',
  '位数',
  '%',
  '％',
  '‰',
  '吨',
  '斤',
  '亩',
  '米',
  '美元',
  '港元',
  '澳门元',
  '欧元',
  '日元',
  '英镑',
  '元',
  '人',
  '名',
  '位',
  '户',
  '家',
  '个',
  '所',
  '套',
  '项',
  '件',
  '条',
  '座',
  '处',
  '张',
  '台',
  '栋',
  '幢',
  '场',
  '次',
  '期',
  '批',
  '部',
  '辆',
  '艘',
  '架',
  '间',
  '册',
  '种',
  '株',
  '棵',
  '头',
  '只',
  '宗',
  '笔',
  '份',
  '篇',
  '轮',
  '列',
  '趟',
  '起',
  '床',
  '倍',
  '番',
  '成',
  '度',
  '周',
  '岁',
  '年',
  '天',
  '支',
  '例',
  '枚',
] as const;

/** Units of time: a date, a period or a name (`2024年`, `三年行动`, `15分钟生活圈`) unless the time is what is measured. */
export const DURATIONS: ReadonlySet<string> = new Set(['年', '天', '个工作日', '工作日', '分钟', '小时']);

/** Measure words that, after a bare `一`, are an article ("一个", "一项") unless a quantity cue precedes. */
export const COUNTING_UNITS = new Set([
  '个',
  '项',
  '件',
  '条',
  '座',
  '处',
  '张',
  '台',
  '所',
  '家',
  '批',
  '种',
  '次',
  '场',
]);
