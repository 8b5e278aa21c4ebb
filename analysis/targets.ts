import { MULTIPLIERS, parseArabic, parseChineseNumeral, tidy } from './numbers';
import { quotedRanges, rangeCursor } from './quoted-ranges';
import { COUNTING_UNITS, UNITS } from './target-units';
import type { Bound } from './types';

/** A numeric target before its kind and responsible agency are known. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number | [number, number] | null;
  unit: string;
  bound: Bound;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A measure word directly followed by these characters starts a noun instead (家庭, 成为, 周年).
const NOT_UNIT_BEFORE: Record<string, string> = {
  家: '庭园乡属长电具居务政',
  人: '民口才员们类士',
  名: '单称义誉列',
  成: '为果本员都立效功绩熟交长就型',
  周: '年边期转',
  条: '件例',
  期: '间限待',
  台: '湾阶',
  起: '来步点',
};
const unitPattern = (u: string) => escapeRegExp(u) + (NOT_UNIT_BEFORE[u] ? `(?![${NOT_UNIT_BEFORE[u]}])` : '');
const UNIT = `(?:${UNITS.map(unitPattern).join('|')})`;
const ARABIC = '[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?(?:/[0-9]+)?';
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+';
const MULT = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦米克]))';
const PREFIX = '(?:超过|不低于|不少于|达到|超|达|近|约)';
const SUFFIX = '(?:左右|以上|以下|以内|之内)';
// A rate's denominator stays in the span: `30万元/人左右`, `5分/千瓦时`.
const PER = '(?:/(?:人|年|月|天|日|吨|户|亩|千瓦时|立方米|平方米))';

// Arabic numbers may stand alone (scaled by 万/亿, or a fraction); Chinese numerals need a measure word,
// or a bound prefix before 万/亿 (`近千万`). Requiring that in the pattern keeps the scan cheap on
// prose full of 一 and 十. No `u` flag: every character here is in the BMP, and V8 is faster without it.
const QUANTITY = new RegExp(
  `(?<prefix>${PREFIX})?(?:(?<![0-9０-９.．A-Za-z])(?<arabic>${ARABIC})(?<more1>多|余)?(?: ?(?<mult>${MULT}))?(?<more2>多|余)?(?: ?(?<unit>${UNIT})${PER}?)?` +
    `|(?<chinese>${CHINESE})(?:(?<cmore>多|余)?(?<cunit>${UNIT})${PER}?|(?<=[近约超达][到过]?[零〇一二两三四五六七八九十百千万亿]*[万亿])))`,
  'g',
);
const RANGE_TAIL = new RegExp(
  `[—–\\-~～至到]{1,2}(?<arabic>${ARABIC})(?<mult>${MULT})?(?<unit>${UNIT})?(?<suffix>${SUFFIX})?`,
  'y',
);
const SUFFIX_AT = new RegExp(SUFFIX, 'y');
const RANGE_START = new Set(['—', '–', '-', '~', '～', '至', '到']);
const SUFFIX_START = new Set(['左', '以', '之']);

// Names and idioms that contain numerals but are never quantities.
const NOT_QUANTITIES =
  /十四五|十五五|十三五|两个确立|两个维护|四个意识|四个自信|四个全面|五位一体|三位一体|三个代表|两个一百年|两个结合|三个务必|两个毫不动摇|三新一高|四风|千家万户|千方百计|千年万载|千军万马|千言万语|万众一心|三令五申|三番五次|四面八方|五湖四海|一老一小|九牛一毛|一批|八项规定/gu;
// After the unit: what makes the count a structure, a session or a name rather than an amount.
const STRUCTURE_AFTER = /^(?:民生实事|件民生实事|实事|方面|大事|一体|会议|全会|大会|产业|内(?!容)|月|后)/u;
const PACKAGE_AFTER = /^[^，。；、\n]{0,8}?(?:落地|措施|举措|意见)/u;
const LIST_HEADING =
  /^[\s#*]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])/u;
const ARTICLE_CUE = /(?:至少|最少|不少于|新增|新建|增加|翻)[^，。；\n]{0,3}$/u;

const PREFIX_BOUND: Record<string, Bound> = {
  超过: '>',
  超: '>',
  不低于: '>=',
  不少于: '>=',
  达到: '=',
  达: '=',
  近: '~',
  约: '~',
};
const SUFFIX_BOUND: Record<string, Bound> = { 左右: '~', 以上: '>=', 以下: '<=', 以内: '<=', 之内: '<=' };

/** Finds the quantity expressions the guideline calls numeric targets, with normalised value, unit and bound. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const inQuotes = rangeCursor(quotedRanges(text));
  const inName = rangeCursor([...text.matchAll(NOT_QUANTITIES)].map((m) => [m.index, m.index + m[0].length]));
  let lastEnd = 0;
  QUANTITY.lastIndex = 0;
  // exec() rather than matchAll(): the iterator copies the pattern and costs more than the match.
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    if (m.index < lastEnd) continue; // inside a range already taken
    const g = m.groups as Record<string, string | undefined>;
    if (g.chinese !== undefined) {
      if (g.cunit === undefined && g.prefix === undefined) continue;
      g.unit = g.cunit;
      g.more1 = g.cmore;
    }
    const numStart = m.index + (g.prefix?.length ?? 0);
    let end = m.index + m[0].length;
    let unit = g.unit ?? '';
    const base = g.arabic !== undefined ? parseArabic(g.arabic) : parseChineseNumeral(g.chinese as string);
    if (base === null || Number.isNaN(base)) continue;
    if (text[numStart - 1] === '第' || (g.prefix === undefined && text[m.index - 1] === '第')) continue;
    const inNameHit = inName(numStart, end);
    if (inQuotes(numStart, end) || inNameHit) continue;

    let value: number | [number, number] | null = g.mult ? tidy(base * (MULTIPLIERS[g.mult] as number)) : base;
    let bound: Bound = g.prefix ? (PREFIX_BOUND[g.prefix] as Bound) : '=';
    if (g.more1 || g.more2) bound = '>=';

    RANGE_TAIL.lastIndex = end;
    const range = g.arabic !== undefined && RANGE_START.has(text[end] as string) ? RANGE_TAIL.exec(text) : null;
    if (range?.groups && (range.groups.unit || unit) && (!unit || !range.groups.unit || unit === range.groups.unit)) {
      const high = tidy(parseArabic(range.groups.arabic as string) * (MULTIPLIERS[range.groups.mult ?? ''] ?? 1));
      value = [value as number, high];
      unit = range.groups.unit ?? unit;
      bound = 'range';
      end = RANGE_TAIL.lastIndex;
    } else {
      SUFFIX_AT.lastIndex = end;
      const suffix = SUFFIX_START.has(text[end] as string) ? SUFFIX_AT.exec(text) : null;
      if (suffix && unit !== '' ? true : suffix && (g.mult || g.arabic)) {
        if (suffix) {
          bound = SUFFIX_BOUND[suffix[0]] as Bound;
          end = SUFFIX_AT.lastIndex;
        }
      }
    }
    const unitEnd = m.index + m[0].length;
    if (!accepts(text, g, unit, numStart, unitEnd)) continue;

    if (unit === '成') {
      unit = '%';
      value = typeof value === 'number' ? tidy(value * 10) : value;
    } else if (unit === '位数') {
      value = null;
    } else if (unit === '％') {
      unit = '%';
    }
    if (g.arabic?.includes('/') && unit === '') {
      unit = '%';
      value = typeof value === 'number' ? tidy(value * 100) : value;
    }
    found.push({ start: m.index, end, text: text.slice(m.index, end), value, unit, bound });
    lastEnd = end;
  }
  return found;
}

/** The guideline's exclusions that depend on the words around a candidate. */
function accepts(
  text: string,
  g: Record<string, string | undefined>,
  unit: string,
  numStart: number,
  unitEnd: number,
): boolean {
  const after = text.slice(unitEnd, unitEnd + 12);
  if (unit === '') {
    // Without a unit only fractions, and amounts scaled by 万/亿, read as quantities (`3700多万`, `近千万`).
    if (g.arabic !== undefined) return g.arabic.includes('/') || g.mult !== undefined;
    return g.prefix !== undefined && /[万亿]$/u.test(g.chinese as string);
  }
  if (STRUCTURE_AFTER.test(after)) return false;
  if (unit === '个' && after.startsWith('月')) return false;
  if (unit === '条' && PACKAGE_AFTER.test(after)) return false;
  // An age is an amount (`提升至82.5岁`) but not as a descriptor (`3岁以下婴幼儿`, `60岁老人`).
  if (unit === '岁' && /^(?:及?以[上下内]|的|[婴儿老人青少学妇男女孩幼])/u.test(after)) return false;
  if (g.chinese !== undefined) {
    // A lone 百/千/万 before a measure word is an idiom (千家万户), not a count.
    if (/^[百千万亿]$/u.test(g.chinese)) return false;
    if (g.chinese === '一' && COUNTING_UNITS.has(unit)) {
      return ARTICLE_CUE.test(text.slice(Math.max(0, numStart - 8), numStart));
    }
    if (g.chinese === '一' && unit !== '成' && unit !== '倍' && unit !== '番') return false;
    // `润泽智算中心三期` names a phase; `分两期`, `举办三期` count instalments.
    if (unit === '期' && !/[分办设开共连再]$/u.test(text.slice(numStart - 1, numStart))) return false;
  }
  if (isHeadingCount(text, unitEnd, unit)) return false;
  return true;
}

/** `一、促进群众就业增收方面5件`: a count closing a short heading line describes the list, not an amount. */
function isHeadingCount(text: string, unitEnd: number, unit: string): boolean {
  if (!COUNTING_UNITS.has(unit)) return false;
  const next = text[unitEnd];
  if (next !== undefined && next !== '\n' && next !== '\r') return false;
  const lineStart = text.lastIndexOf('\n', unitEnd - 1) + 1;
  const line = text.slice(lineStart, unitEnd);
  return line.length <= 40 && !/[。；]/u.test(line) && LIST_HEADING.test(line);
}
