import { MULTIPLIERS, parseArabic, parseChineseNumeral, tidy } from './numbers';
import { quotedRanges, rangeCursor } from './quoted-ranges';
import { COUNTING_UNITS, UNITS } from './target-units';
import type { Bound, Target } from './types';

/** A numeric target; its kind and responsible agency are filled in later by the other recognisers. */
export type Quantity = Target;

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
const UNIT_FIRST = escapeRegExp([...new Set(UNITS.map((u) => u[0]))].join(''));
const DIGIT = '[0-9０-９]';
const ARABIC_REST = '(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?(?:/[0-9]+)?';
const ARABIC = `${DIGIT}+${ARABIC_REST}`;
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+';
const MULT = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦米克]))';
const SUFFIX = '(?:左右|以上|以下|以内|之内)';
// A rate's denominator stays in the span: `30万元/人左右`, `5分/千瓦时`.
const PER = '(?:/(?:人|年|月|天|日|吨|户|亩|千瓦时|立方米|平方米))';

// Arabic numbers may stand alone (scaled by 万/亿, or a fraction); Chinese numerals need a measure word,
// or a bound prefix before 万/亿 (`近千万`). Requiring that in the pattern keeps the scan cheap on
// prose full of 一 and 十. No `u` flag: every character here is in the BMP, and V8 is faster without it.
// Two lean patterns instead of one: Arabic numbers start at a digit; Chinese numerals count only where a
// measure word (or, after a bound prefix, 万/亿) follows. Bound prefixes are read backwards in code.
// No `u` flag: every character here is in the BMP, and V8 runs these faster without it.
// Groups: 1 number, 2 多/余, 3 multiplier, 4 多/余, 5 unit. Numbered, not named: named groups allocate
// an object per match, and this runs on every number of a long page.
// The first digit, then the look back at what precedes it: the regex engine skips ahead to digits.
const ARABIC_QUANTITY = new RegExp(
  `(${DIGIT}(?<![0-9０-９.．A-Za-z].)${DIGIT}*${ARABIC_REST})(多|余)?(?: ?(${MULT}))?(多|余)?(?: ?(${UNIT})${PER}?)?`,
  'g',
);
// Groups: 1 numeral, 2 多/余, 3 unit.
const CHINESE_QUANTITY = new RegExp(
  `(${CHINESE})(?:(?=[${UNIT_FIRST}多余])(多|余)?(${UNIT})${PER}?|(?<=[近约超达过到][零〇一二两三四五六七八九十百千万亿]*[万亿]))`,
  'g',
);

/** One number as the patterns found it, before the guideline's rules are applied. */
interface Candidate {
  index: number;
  length: number;
  arabic: boolean;
  number: string;
  more: boolean;
  mult: string | undefined;
  unit: string;
}
const PREFIXES = ['超过', '不低于', '不少于', '达到', '超', '达', '近', '约'];
const PREFIX_LAST = new Set(PREFIXES.map((p) => p.charCodeAt(p.length - 1)));

/** Both patterns' matches, in text order. */
function candidates(text: string): Candidate[] {
  const arabic: Candidate[] = [];
  ARABIC_QUANTITY.lastIndex = 0;
  for (let m = ARABIC_QUANTITY.exec(text); m; m = ARABIC_QUANTITY.exec(text)) {
    // A bare number (a year, a date, a list marker) is never a target: drop it before any further work.
    if (m[5] === undefined && m[3] === undefined && !(m[1] as string).includes('/')) {
      if (!RANGE_START.has(text.charCodeAt(m.index + m[0].length))) continue;
    }
    const more = m[2] !== undefined || m[4] !== undefined;
    arabic.push({
      index: m.index,
      length: m[0].length,
      arabic: true,
      number: m[1] as string,
      more,
      mult: m[3],
      unit: m[5] ?? '',
    });
  }
  const chinese: Candidate[] = [];
  CHINESE_QUANTITY.lastIndex = 0;
  for (let m = CHINESE_QUANTITY.exec(text); m; m = CHINESE_QUANTITY.exec(text)) {
    const more = m[2] !== undefined;
    chinese.push({
      index: m.index,
      length: m[0].length,
      arabic: false,
      number: m[1] as string,
      more,
      mult: undefined,
      unit: m[3] ?? '',
    });
  }
  return mergeByIndex(arabic, chinese);
}

/** Two lists in text order as one (they never share a start: one begins with a digit, the other with a numeral). */
function mergeByIndex(a: Candidate[], b: Candidate[]): Candidate[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const all: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    all.push((a[i] as Candidate).index < (b[j] as Candidate).index ? (a[i++] as Candidate) : (b[j++] as Candidate));
  while (i < a.length) all.push(a[i++] as Candidate);
  while (j < b.length) all.push(b[j++] as Candidate);
  return all;
}

/** The bound prefix written right before a number (`超过`, `达到`, `近`), if any. */
function prefixBefore(text: string, at: number): string | undefined {
  if (!PREFIX_LAST.has(text.charCodeAt(at - 1))) return undefined;
  for (let k = 0; k < PREFIXES.length; k++) {
    const prefix = PREFIXES[k] as string;
    if (text.startsWith(prefix, at - prefix.length)) return prefix;
  }
  return undefined;
}

// Groups: 1 number, 2 multiplier, 3 unit.
const RANGE_TAIL = new RegExp(`[—–\\-~～至到]{1,2}(${ARABIC})(${MULT})?(${UNIT})?`, 'y');
const SUFFIX_AT = new RegExp(SUFFIX, 'y');
// Character codes, not one-character strings: reading text[i] makes a new string for every Chinese character.
const codes = (chars: string) => new Set(Array.from(chars, (char) => char.charCodeAt(0)));
const RANGE_START = codes('—–-~～至到');
const SUFFIX_START = codes('左以之');
const DI = '第'.charCodeAt(0);
const YUE = '月'.charCodeAt(0);

// Names and idioms that contain numerals but are never quantities.
const NOT_QUANTITIES =
  /十四五|十五五|十三五|两个确立|两个维护|四个意识|四个自信|四个全面|五位一体|三位一体|三个代表|两个一百年|两个结合|三个务必|两个毫不动摇|三新一高|四风|千家万户|千方百计|千年万载|千军万马|千言万语|万众一心|三令五申|三番五次|四面八方|五湖四海|一老一小|九牛一毛|一批|八项规定/g;
// After the unit: what makes the count a structure, a session or a name rather than an amount.
const STRUCTURE_AFTER = /(?:民生实事|件民生实事|实事|方面|大事|一体|会议|全会|大会|产业|内(?!容)|月|后)/y;
// The characters STRUCTURE_AFTER can start with: most units are followed by none of them, and need no regex.
const STRUCTURE_FIRST = codes('民件实方大一会全产内月后');
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
  const inName = rangeCursor(matchRanges(text, NOT_QUANTITIES));
  let lastEnd = 0;
  const all = candidates(text);
  for (let k = 0; k < all.length; k++) {
    const c = all[k] as Candidate;
    if (c.index < lastEnd) continue; // inside a range already taken
    const prefix = prefixBefore(text, c.index);
    if (!c.arabic && c.unit === '' && prefix === undefined) continue;
    const start = c.index - (prefix?.length ?? 0);
    const unitEnd = c.index + c.length;
    if (text.charCodeAt(start - 1) === DI) continue;
    const named = inName(c.index, unitEnd);
    if (inQuotes(c.index, unitEnd) || named) continue;
    const range = c.arabic && RANGE_START.has(text.charCodeAt(unitEnd)) ? rangeAt(text, unitEnd) : null;
    const isRange =
      range !== null && (range.unit !== '' || c.unit !== '') && (!c.unit || !range.unit || c.unit === range.unit);
    let unit = isRange ? range.unit || c.unit : c.unit;
    let end = isRange ? range.end : unitEnd;
    if (!accepts(text, c, unit, prefix, end)) continue;
    const base = c.arabic ? parseArabic(c.number) : parseChineseNumeral(c.number);
    if (base === null || Number.isNaN(base)) continue;

    let value: number | [number, number] | null = c.mult ? tidy(base * (MULTIPLIERS[c.mult] as number)) : base;
    let bound: Bound = prefix ? (PREFIX_BOUND[prefix] as Bound) : '=';
    if (c.more) bound = '>=';
    if (isRange) {
      value = [value as number, range.high];
      bound = 'range';
    } else if (SUFFIX_START.has(text.charCodeAt(end))) {
      SUFFIX_AT.lastIndex = end;
      const suffix = SUFFIX_AT.exec(text);
      if (suffix) {
        bound = SUFFIX_BOUND[suffix[0]] as Bound;
        end = SUFFIX_AT.lastIndex;
      }
    }

    if (unit === '成') {
      unit = '%';
      value = typeof value === 'number' ? tidy(value * 10) : value;
    } else if (unit === '位数') {
      value = null;
    } else if (unit === '％') {
      unit = '%';
    } else if (unit === '' && c.number.includes('/')) {
      unit = '%';
      value = typeof value === 'number' ? tidy(value * 100) : value;
    }
    // One object shape for every target keeps the engine's later passes monomorphic (and fast).
    found.push({ start, end, text: text.slice(start, end), kind: 'other', value, unit, bound, agency: [] });
    lastEnd = end;
  }
  return found;
}

/** Where a global pattern matches, as [start, end) ranges in order. */
function matchRanges(text: string, pattern: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** `4.5%—5%`: the upper end of a range written right after a number. */
function rangeAt(text: string, at: number): { high: number; unit: string; end: number } | null {
  RANGE_TAIL.lastIndex = at;
  const m = RANGE_TAIL.exec(text);
  if (!m) return null;
  const high = tidy(parseArabic(m[1] as string) * (MULTIPLIERS[m[2] ?? ''] ?? 1));
  return { high, unit: m[3] ?? '', end: RANGE_TAIL.lastIndex };
}

/** The guideline's exclusions that depend on the words around a candidate. */
function accepts(text: string, c: Candidate, unit: string, prefix: string | undefined, unitEnd: number): boolean {
  if (unit === '') {
    // Without a unit only fractions, and amounts scaled by 万/亿, read as quantities (`3700多万`, `近千万`).
    if (c.arabic) return c.mult !== undefined || c.number.includes('/');
    return prefix !== undefined && (c.number.endsWith('万') || c.number.endsWith('亿'));
  }
  if (!c.arabic) {
    // A lone 百/千/万 before a measure word is an idiom (千家万户), not a count.
    if (c.number.length === 1 && '百千万亿'.includes(c.number)) return false;
    if (c.number === '一') {
      if (COUNTING_UNITS.has(unit)) return ARTICLE_CUE.test(text.slice(Math.max(0, c.index - 8), c.index));
      if (unit !== '成' && unit !== '倍' && unit !== '番') return false;
    }
    // `润泽智算中心三期` names a phase; `分两期`, `举办三期` count instalments.
    if (unit === '期' && !'分办设开共连再'.includes(text[c.index - 1] ?? '')) return false;
  }
  if (STRUCTURE_FIRST.has(text.charCodeAt(unitEnd))) {
    STRUCTURE_AFTER.lastIndex = unitEnd;
    if (STRUCTURE_AFTER.test(text)) return false;
  }
  if (unit === '个' && text.charCodeAt(unitEnd) === YUE) return false;
  if (unit === '条' && PACKAGE_AFTER.test(text.slice(unitEnd, unitEnd + 12))) return false;
  // An age is an amount (`提升至82.5岁`) but not as a descriptor (`3岁以下婴幼儿`, `60岁老人`).
  if (unit === '岁' && /^(?:及?以[上下内]|的|[婴儿老人青少学妇男女孩幼])/u.test(text.slice(unitEnd, unitEnd + 3))) {
    return false;
  }
  return !isHeadingCount(text, unitEnd, unit);
}

/** `一、促进群众就业增收方面5件`: a count closing a short heading line describes the list, not an amount. */
function isHeadingCount(text: string, unitEnd: number, unit: string): boolean {
  if (!COUNTING_UNITS.has(unit)) return false;
  const next = text.charCodeAt(unitEnd);
  if (unitEnd < text.length && next !== 10 && next !== 13) return false; // not at the end of a line
  const lineStart = text.lastIndexOf('\n', unitEnd - 1) + 1;
  const line = text.slice(lineStart, unitEnd);
  return line.length <= 40 && !/[。；]/u.test(line) && LIST_HEADING.test(line);
}
