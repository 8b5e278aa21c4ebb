// Names and idioms that contain numerals but are never quantities. Each starts with a numeral, so only
// the few characters around a candidate are read for them, not the whole text.
const NOT_QUANTITY_NAMES = [
  '十四五',
  '十五五',
  '十三五',
  '两个确立',
  '两个维护',
  '四个意识',
  '四个自信',
  '四个全面',
  '五位一体',
  '三位一体',
  '三个代表',
  '两个一百年',
  '两个结合',
  '三个务必',
  '两个毫不动摇',
  '三新一高',
  '四风',
  '千家万户',
  '千方百计',
  '千年万载',
  '千军万马',
  '千言万语',
  '万众一心',
  '三令五申',
  '三番五次',
  '四面八方',
  '五湖四海',
  '一老一小',
  '九牛一毛',
  '一批',
  '八项规定',
  // Slogans reports use unquoted: a count of abstract things, not an amount.
  '两个大局',
  '两个市场',
  '两种资源',
  '两个健康',
  '三个转变',
  '四个一批',
  '五个一批',
  '六个必须坚持',
];
const LONGEST_NAME = Math.max(...NOT_QUANTITY_NAMES.map((name) => name.length));
const NAMES_BY_FIRST = new Map<number, string[]>();
const NAME_FIRST = new Uint8Array(0x10000);
for (const name of NOT_QUANTITY_NAMES) {
  const first = name.charCodeAt(0);
  NAME_FIRST[first] = 1;
  NAMES_BY_FIRST.set(first, [...(NAMES_BY_FIRST.get(first) ?? []), name]);
}

/**
 * Whether one of the names overlaps [start, end): `十四五`, `千家万户` (whose 万户 would read as a count).
 * `earliest`: where such a name can start at the earliest, when the caller knows better.
 */
export function inNotQuantityName(
  text: string,
  start: number,
  end: number,
  earliest = start - LONGEST_NAME + 1,
): boolean {
  for (let at = Math.max(0, earliest); at < end; at++) {
    if (NAME_FIRST[text.charCodeAt(at)] !== 1) continue;
    const names = NAMES_BY_FIRST.get(text.charCodeAt(at));
    if (names === undefined) continue;
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      if (at + name.length > start && text.startsWith(name, at)) return true;
    }
  }
  return false;
}
