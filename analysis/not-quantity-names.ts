import { isHan } from './normalize-chars';
import { NUMERAL_CHARS } from './quantity-patterns';

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

const NUMERALS = new Uint8Array(0x10000);
for (const char of NUMERAL_CHARS) NUMERALS[char.charCodeAt(0)] = 1;
const isNumeral = (code: number) => NUMERALS[code] === 1;
const LARGE = new Uint8Array(0x10000);
for (const char of '百千万亿') LARGE[char.charCodeAt(0)] = 1;

/**
 * Whether [start, end) lies inside a compound that alternates single numerals with single characters, the shape
 * of slogans and idioms: `三去一降一补`, `五位一体`, `两新一重`, `六稳六保`, `千家万户`, `一老一小`.
 */
export function inNumeralCompound(text: string, start: number, end: number, earliest = 0): boolean {
  let from = start;
  // Slogans have a few pairs: the window is bounded, so a long run of them costs no more per candidate.
  const lowest = Math.max(2, earliest + 2, start - 8);
  const highest = Math.min(text.length, end + 8);
  // Step back over numeral + character pairs that lead into the span.
  while (from >= lowest && isNumeral(text.charCodeAt(from - 2)) && isHan(text.charCodeAt(from - 1))) {
    if (isNumeral(text.charCodeAt(from - 1))) break;
    from -= 2;
  }
  let pairs = 0;
  let at = from;
  for (; at + 1 < highest; at += 2) {
    const numeral = text.charCodeAt(at);
    const word = text.charCodeAt(at + 1);
    // 余 多 几 来 go on a number (`十余万个`), they do not pair with it.
    if (!isNumeral(numeral) || !isHan(word) || isNumeral(word) || '余多几来'.includes(text[at + 1] as string)) break;
    // A numeral run (`三十`) before its character is a number, not one pair of the pattern.
    if (at > from && isNumeral(text.charCodeAt(at - 1))) break;
    pairs++;
  }
  return pairs >= 2 && from <= start && at >= end && !isNumeral(text.charCodeAt(from - 1));
}

// After `N个`: what no counted thing can be (a second number, an adverb or modal), or the head of a doctrine.
// A quality ending the phrase names one (`两个积极性`); one before a noun describes what is counted
// (`两个综合性国家科学中心`).
const NAME_AFTER_COUNT =
  /(?:[一二两三四五六七八九十](?!分)|更|毫不|必须|务必|[^，。；、\n]{0,3}性(?=[，。；、！？\n”’）)]|$)|[^，。；、\n]{0,6}?(?:重大部署|重大要求|重要要求|战略布局|总体布局|奋斗目标|重要论述|重要思想))/y;
// Before it: a doctrine is held to and carried out; a count of new things is built or added.
const HELD_BEFORE = new Set([
  '坚持',
  '贯彻',
  '落实',
  '做到',
  '发挥',
  '抓好',
  '牢记',
  '坚定',
  '增强',
  '树立',
  '践行',
  '遵循',
  '把握',
]);

/**
 * Whether a count in Chinese numerals with 个 names a set of principles or tasks rather than counting things:
 * `两个一百年`, `两个毫不动摇`, `两个积极性`, `两个更好统筹重大部署`, `抓好两个关键小事` (but `新增两个实验室`).
 */
export function isNamedCount(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x4e2a || !isNumeral(text.charCodeAt(start))) return false; // 个
  if (isNumeral(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x70b9) return false; // 一点二个
  // A doctrine counts its points in ones (两个, 十个): `三万个` counts things, whatever follows it.
  for (let at = start; at < end - 1; at++) if (LARGE[text.charCodeAt(at)] === 1) return false;
  return namedHere(text, start, end) || namedElsewhere(text).has(phraseAt(text, start));
}

function namedHere(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 0x201c) return true; // “
  NAME_AFTER_COUNT.lastIndex = end;
  return NAME_AFTER_COUNT.test(text) || HELD_BEFORE.has(text.slice(Math.max(0, start - 2), start));
}

/** `两个关键小事`: the count with the few characters that follow it, up to a punctuation mark. */
const PHRASE_STOPS = new Set(Array.from('，。；、：！？“”‘’"\n（）()', (char) => char.charCodeAt(0)));
function phraseAt(text: string, start: number): string {
  let end = start;
  while (end < start + 6 && end < text.length && !PHRASE_STOPS.has(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

const COUNT_WITH_GE = /[一二两三四五六七八九十]个/g;
let namedText: string | null = null;
let named = new Set<string>();

/**
 * The count phrases a text names somewhere (quoted, or held to: `抓好两个关键小事`): a name stays a name where it
 * is repeated without those marks (`垃圾分类和物业管理两个关键小事`). One pass per text, kept for the last text.
 */
function namedElsewhere(text: string): Set<string> {
  if (text === namedText) return named;
  named = new Set<string>();
  COUNT_WITH_GE.lastIndex = 0;
  for (let m = COUNT_WITH_GE.exec(text); m; m = COUNT_WITH_GE.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (isNumeral(before) || before === 0x70b9) continue;
    if (namedHere(text, m.index, m.index + 2)) named.add(phraseAt(text, m.index));
  }
  namedText = text;
  return named;
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
  if (
    isNumeral(text.charCodeAt(start)) &&
    (isNamedCount(text, start, end) || inNumeralCompound(text, start, end, earliest))
  ) {
    return true;
  }
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
