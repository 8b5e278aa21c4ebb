import { listedNumbers } from './listed-numbers';
import { isHan } from './normalize-chars';
import { inNotQuantityName } from './not-quantity-names';
import { MULTIPLIERS, parseArabic, parseChineseNumeral, tidy } from './numbers';
import { boundAfter, boundBefore, scopeBound } from './outer-bounds';
import { type Candidate, forEachCandidate, RANGE_START } from './quantity-candidates';
import { ARABIC, MULT, SUFFIX, UNIT } from './quantity-patterns';
import { quotedRanges, rangeCursor } from './quoted-ranges';
import { COUNTING_UNITS, DURATIONS, SYMBOL_UNITS } from './target-units';
import { indexText, type TextIndex } from './text-index';
import type { Bound, Target } from './types';

/** A numeric target; its kind and responsible agency are filled in later by the other recognisers. */
export type Quantity = Target;

const PREFIXES = ['超过', '不低于', '不少于', '达到', '超', '达', '近', '约'];
const PREFIX_LAST = new Set(PREFIXES.map((p) => p.charCodeAt(p.length - 1)));

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
const SUFFIX_START = codes('左以之');
const DI = '第'.charCodeAt(0);
const SPACE = 32;
const YUE = '月'.charCodeAt(0);

// After the unit: what makes the count a structure, a session or a name rather than an amount.
const STRUCTURE_AFTER = /(?:民生实事|件民生实事|实事|方面|大事|一体|会议|全会|大会|产业|内(?!容)|月|后)/y;
// The characters STRUCTURE_AFTER can start with: most units are followed by none of them, and need no regex.
const STRUCTURE_FIRST = codes('民件实方大一会全产内月后');
const INDEFINITE_BEFORE = codes('数上几');
const ROUND_NUMERAL = codes('十百千万');
// Also after 的 and a bound (`营收超百亿元的企业10家`, `10亿元以上的重大项目`): the amount names the class counted.
const DESCRIBED_BY_AMOUNT =
  /(?:以上|以下)?的?(?:级|园区|产业园|产业集群|企业(?!所得|税|负担|成本|融资|贷款)|集群|大县|强县|强镇|县(?!级|域|财政)|重大项目)/y;
const DESCRIBED_FIRST = codes('级园产企集大强以的县重');
const BRACKET_AFTER = /^的?部分/u;
const BRACKET_OF = /(?:所得额|销售额|营业额|收入)[^，。；]{0,8}$/u;
const PACKAGE_AFTER = /^[^，。；、\n]{0,8}?(?:落地|措施|举措|意见)/u;
const LIST_HEADING =
  /^[\s#*]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])/u;
// A term's definition, as a report's glossary (名词解释) writes it, from 指 to the amount.
const DEFINITION_BEFORE = /(?:[:：]\s*|[是系])指(?![导出挥引标数南令定派])[^。；\n]*$/u;
// A duration that is itself the measured amount: the indicator's noun, then at most a verb and a bound word.
const DURATION_MEASURED = /(?:年限|寿命|期限|年数|工龄|学制|时间|时限|天数|用时|时长|周期)[^，。；、\n\d]{0,6}$/u;
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
export function findQuantities(text: string, index: TextIndex = indexText(text)): Quantity[] {
  const found: Quantity[] = [];
  const inQuotes = rangeCursor(quotedRanges(text, index.quoteMarks));
  let lastEnd = 0;
  forEachCandidate(text, index, (c) => {
    if (c.index < lastEnd) return; // inside a range already taken
    // Text taken from PDFs spaces numbers off from their words: `超过 1160 亿元`.
    const gap = c.arabic && text.charCodeAt(c.index - 1) === SPACE ? 1 : 0;
    let prefix = prefixBefore(text, c.index - gap);
    // Of a span prefix and a bound word that end together, the longer is what was written: 不超过 is no 超过
    // (and stays out of the span, like every bound word the guideline does not list); 不低于 is no 低于.
    const outer = boundBefore(text, c.index - gap);
    if (outer !== undefined && prefix !== undefined && outer[0].length > prefix.length) prefix = undefined;
    if (!c.arabic && c.unit === '' && prefix === undefined) return;
    // `增长-1.0%`: a minus sign right after words, not a range's dash after a number, belongs to the value.
    const negative = prefix === undefined && gap === 0 && c.arabic && isMinus(text, c.index);
    const start = prefix === undefined ? c.index - (negative ? 1 : 0) : c.index - gap - prefix.length;
    const unitEnd = c.index + c.length;
    if (text.charCodeAt(start - 1) === DI) return;
    // Names hold no digits: one that overlaps an Arabic number starts inside it (5千家万户), not before.
    const namesFrom = c.arabic ? c.index : undefined;
    const range = c.arabic && RANGE_START[text.charCodeAt(unitEnd)] === 1 ? rangeAt(text, unitEnd) : null;
    const isRange =
      range !== null && (range.unit !== '' || c.unit !== '') && (!c.unit || !range.unit || c.unit === range.unit);
    // A bare number before a dash counts only as a range's start (1-2-3-… in a serial number is none).
    if (!isRange && c.arabic && c.unit === '' && c.mult === undefined && !c.number.includes('/')) return;
    if (inQuotes(c.index, unitEnd) || inNotQuantityName(text, c.index, unitEnd, namesFrom)) return;
    let unit = isRange ? range.unit || c.unit : c.unit;
    let end = isRange ? range.end : unitEnd;
    if (!accepts(text, c, unit, prefix, end)) return;
    const base = c.arabic ? parseArabic(c.number) : parseChineseNumeral(c.number);
    if (base === null || Number.isNaN(base)) return;

    const sign = negative ? -1 : 1;
    let value: number | [number, number] | null = sign * (c.mult ? tidy(base * (MULTIPLIERS[c.mult] as number)) : base);
    let bound: Bound = prefix ? (PREFIX_BOUND[prefix] as Bound) : (outer?.[1] ?? '=');
    if (c.more) bound = '>=';
    if (isRange) {
      // One multiplier written at the end scales both ends: `10—20万人` is 100,000 to 200,000.
      const low = c.mult === undefined && range.mult !== 1 ? sign * tidy(base * range.mult) : (value as number);
      value = [low, range.high];
      bound = 'range';
    } else if (SUFFIX_START.has(text.charCodeAt(end))) {
      SUFFIX_AT.lastIndex = end;
      const suffix = SUFFIX_AT.exec(text);
      if (suffix) {
        bound = SUFFIX_BOUND[suffix[0]] as Bound;
        end = SUFFIX_AT.lastIndex;
      }
    } else if (!c.more) {
      bound = boundAfter(text, end) ?? bound;
    }
    // `至少新增2000个`: an adverb before the verb bounds what the span says is exact.
    if (bound === '=') bound = scopeBound(text, start) ?? bound;

    if (unit === '成') {
      unit = '%';
      value = typeof value === 'number' ? tidy(value * 10) : value;
    } else if (unit === '位数') {
      value = null;
    } else if (SYMBOL_UNITS[unit] !== undefined) {
      unit = SYMBOL_UNITS[unit] as string;
    } else if (unit === '％') {
      unit = '%';
    } else if (unit === '个多百分点') {
      unit = '个百分点';
      bound = '>=';
    } else if (unit === '' && c.number.includes('/')) {
      unit = '%';
      value = typeof value === 'number' ? tidy(value * 100) : value;
    }
    // One object shape for every target keeps the engine's later passes monomorphic (and fast).
    const target: Quantity = {
      start,
      end,
      text: text.slice(start, end),
      kind: 'other',
      value,
      unit,
      bound,
      agency: [],
    };
    // `1万2千人`: an amount of 万 or 亿 written on with the smaller part is one amount.
    const before = found.at(-1);
    if (before !== undefined && before.end === start && joinsAmount(before, target)) {
      before.value = tidy((before.value as number) + (target.value as number));
      before.unit = target.unit;
      if (target.bound !== '=') before.bound = target.bound;
      lastEnd = extendTo(before, text, end);
      return;
    }
    // 百分之三到百分之四: a range written out, one span as 3%—4% is.
    if (before !== undefined && joinsRange(text, before, target)) {
      before.value = [before.value as number, target.value as number];
      before.bound = 'range';
      lastEnd = extendTo(before, text, end);
      return;
    }
    // 分别提高1.2和0.8个百分点: the numbers listed before it share its unit, and its 万 or 亿.
    const scale = isRange || unit !== c.unit.replace('％', '%') ? 0 : (MULTIPLIERS[c.mult ?? ''] ?? 1);
    if (scale > 0) for (const listed of listedNumbers(text, found, target, scale, lastEnd)) found.push(listed);
    found.push(target);
    lastEnd = end;
  });
  return found;
}

/** Makes `target` run on to `end`, taking in what follows it (its value is the caller's); returns `end`. */
function extendTo(target: Quantity, text: string, end: number): number {
  target.end = end;
  target.text = text.slice(target.start, end);
  return end;
}

/** Whether `next` ends a range `low` opens: two percentages written out, one dash or 到/至 between (百分之三到百分之四). */
function joinsRange(text: string, low: Quantity, next: Quantity): boolean {
  return (
    next.start === low.end + 1 &&
    RANGE_START[text.charCodeAt(low.end)] === 1 &&
    low.bound === '=' &&
    low.text.startsWith('百分之') &&
    next.text.startsWith('百分之') &&
    typeof low.value === 'number' &&
    typeof next.value === 'number' &&
    low.value < next.value
  );
}

/** Whether `next`, written right after `amount` (1万 | 2千人), is its smaller part: 万 or 亿 with no unit, then less than it. */
function joinsAmount(amount: Quantity, next: Quantity): boolean {
  if (amount.unit !== '' || typeof amount.value !== 'number' || typeof next.value !== 'number') return false;
  const scale = amount.text.endsWith('亿') ? 1e8 : amount.text.endsWith('万') ? 1e4 : 0;
  return scale > 0 && next.value > 0 && next.value < scale && /^[0-9]/.test(next.text);
}

const MINUS = '-'.charCodeAt(0);
// What may stand before a minus sign: a word, or a clause's opening (`增长-1.0%`, `为：-0.5‰`).
const BEFORE_MINUS = codes('：:，,（( 为');

/** Whether a minus sign, not a dash, stands right before `at`. */
function isMinus(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== MINUS) return false;
  const before = text.charCodeAt(at - 2);
  return isHan(before) || BEFORE_MINUS.has(before);
}

/** `4.5%—5%`: the upper end of a range written right after a number. */
function rangeAt(text: string, at: number): { high: number; mult: number; unit: string; end: number } | null {
  RANGE_TAIL.lastIndex = at;
  const m = RANGE_TAIL.exec(text);
  if (!m) return null;
  const mult = MULTIPLIERS[m[2] ?? ''] ?? 1;
  const high = tidy(parseArabic(m[1] as string) * mult);
  if (Number.isNaN(high)) return null; // digits too many for an amount
  return { high, mult, unit: m[3] ?? '', end: RANGE_TAIL.lastIndex };
}

/** The guideline's exclusions that depend on the words around a candidate. */
function accepts(text: string, c: Candidate, unit: string, prefix: string | undefined, unitEnd: number): boolean {
  if (unit === '') {
    // Without a unit only fractions, and amounts scaled by 万/亿, read as quantities (`3700多万`, `近千万`).
    if (c.arabic) return c.mult !== undefined || c.number.includes('/');
    return prefix !== undefined && (c.number.endsWith('万') || c.number.endsWith('亿'));
  }
  if (!c.arabic && unit !== '%') {
    // A lone 百/千/万 before a measure word is an idiom (千家万户), not a count.
    if (c.number.length === 1 && '百千万亿'.includes(c.number)) return false;
    // A lone 零 before a measure word starts a word (零部件, 零件, 零次方): a goal of none is written 零增长, 清零.
    if (c.number === '零' || c.number === '〇') return false;
    // 数十个, 上百家, 几千人: an indefinite number.
    if (INDEFINITE_BEFORE.has(text.charCodeAt(c.index - 1)) && ROUND_NUMERAL.has(c.number.charCodeAt(0))) return false;
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
  // An amount naming a class of park, firm or county is a descriptor (`首个300亿元园区`, `超百亿元企业`).
  if (unit === '元' && DESCRIBED_FIRST.has(text.charCodeAt(unitEnd))) {
    DESCRIBED_BY_AMOUNT.lastIndex = unitEnd;
    if (DESCRIBED_BY_AMOUNT.test(text)) return false;
  }
  if (unit === '条' && PACKAGE_AFTER.test(text.slice(unitEnd, unitEnd + 12))) return false;
  // `应纳税所得额不到100万元的部分`: an amount bounding a bracket of income describes it, like a grade.
  if (unit === '元' && BRACKET_AFTER.test(text.slice(unitEnd, unitEnd + 3))) {
    if (BRACKET_OF.test(text.slice(Math.max(0, c.index - 16), c.index))) return false;
  }
  // An age is an amount (`提升至82.5岁`) but not as a descriptor (`3岁以下婴幼儿`, `60岁老人`).
  if (unit === '岁' && /^(?:及?以[上下内]|的|[婴儿老人青少学妇男女孩幼])/u.test(text.slice(unitEnd, unitEnd + 3))) {
    return false;
  }
  // A definition's amounts draw a class's line (`规上工业企业：指年主营业务收入2000万元及以上的…`), like a grade.
  if (DEFINITION_BEFORE.test(text.slice(Math.max(0, c.index - 60), c.index))) return false;
  // Years are dates, ages of a plan or periods (`2024年`, `三年行动`, `连续3年`), days and hours too, except a
  // duration measured as an indicator's value: `平均受教育年限提高到11.3年`, `开办时间压缩至1个工作日以内`.
  if (DURATIONS.has(unit) && !DURATION_MEASURED.test(text.slice(Math.max(0, c.index - 14), c.index))) return false;
  return !isHeadingCount(text, unitEnd, unit);
}

/** `一、促进群众就业增收方面5件`: a count closing a short heading line describes the list, not an amount. */
function isHeadingCount(text: string, unitEnd: number, unit: string): boolean {
  const next = text.charCodeAt(unitEnd);
  if (unitEnd < text.length && next !== 10 && next !== 13) return false; // not at the end of a line
  if (!COUNTING_UNITS.has(unit)) return false;
  const lineStart = text.lastIndexOf('\n', unitEnd - 1) + 1;
  const line = text.slice(lineStart, unitEnd);
  return line.length <= 40 && !/[。；]/u.test(line) && LIST_HEADING.test(line);
}
