// By character code: reading text[i] would make a new string for every Chinese character.
const NUMERALS = new Map<number, number>();
const numeral = (chars: string, value: number) => {
  for (const char of chars) NUMERALS.set(char.charCodeAt(0), value);
};
numeral('零〇', 0);
numeral('一', 1);
numeral('二两', 2);
numeral('三', 3);
numeral('四', 4);
numeral('五', 5);
numeral('六', 6);
numeral('七', 7);
numeral('八', 8);
numeral('九', 9);
numeral('十', 10);
numeral('百', 100);
numeral('千', 1e3);
numeral('万', 1e4);
numeral('亿', 1e8);

/**
 * The longest a number is written in a report: 九千九百九十九亿九千九百九十九万九千九百九十九 or
 * 999,999,999,999,999.99. A longer run of digits or numerals (a serial number, a line of noise) is no amount:
 * read as one, it would come out as a value of 1e300 or Infinity.
 */
export const MAX_NUMBER_LENGTH = 24;

/**
 * Value of a Chinese numeral (`一`, `两`, `十四`, `一百二十`, `千万`, `三千五百万`), or null when the
 * characters do not form one number: `十四五` is a plan's name, not fourteen-five.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text || text.length > MAX_NUMBER_LENGTH) return null;
  const point = text.indexOf('点');
  return point < 0 ? parseWhole(text) : parseDecimal(text, point);
}

const DIAN = '点'.charCodeAt(0);
// What may scale a decimal written in numerals; `三点五十万` is no number a report writes.
const DECIMAL_SCALES: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/**
 * `五点五`, `零点五`, `三点二万亿`: the whole part, one digit numeral per decimal place after 点, then an
 * optional multiplier for the whole (万, 亿, 万亿). Null for anything else after 点 (`三点五十`).
 */
function parseDecimal(text: string, point: number): number | null {
  const whole = parseWhole(text.slice(0, point));
  if (whole === null) return null;
  let fraction = '';
  let at = point + 1;
  for (; at < text.length && text.charCodeAt(at) !== DIAN; at++) {
    const value = NUMERALS.get(text.charCodeAt(at));
    if (value === undefined || value > 9 || text[at] === '两') break;
    fraction += String(value);
  }
  if (fraction === '') return null;
  const scale = DECIMAL_SCALES[text.slice(at)];
  return scale === undefined ? null : tidy(Number(`${whole}.${fraction}`) * scale);
}

function parseWhole(text: string): number | null {
  if (!text) return null;
  let total = 0; // finished 亿/万 groups
  let section = 0; // the group being built
  let digit: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastBig = Number.POSITIVE_INFINITY;
  for (let i = 0; i < text.length; i++) {
    const value = NUMERALS.get(text.charCodeAt(i));
    if (value === undefined) return null;
    if (value === 0) {
      if (digit !== null) return null;
    } else if (value < 10) {
      if (digit !== null) return null; // two digits in a row: a sequence, not a number
      digit = value;
    } else if (value < 1e4) {
      const unit = value;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastSmall = unit;
    } else {
      const unit = value;
      const group = section + (digit ?? 0);
      if (unit >= lastBig && !(unit === 1e8 && lastBig === 1e4)) return null;
      if (unit === 1e8 && lastBig === 1e4) {
        total = (total + group) * unit; // 万亿: the 万 group is scaled again
      } else {
        total += (group || 1) * unit;
      }
      section = 0;
      digit = null;
      lastSmall = Number.POSITIVE_INFINITY;
      lastBig = unit;
    }
  }
  return total + section + (digit ?? 0);
}

const FULL_WIDTH_DIGIT = /[０-９．]/g;

/** Value of an Arabic number as written in Chinese text: `1.5`, `1,200`, full-width `１２`, fraction `1/3`; NaN when none. */
export function parseArabic(text: string): number {
  if (text.length > MAX_NUMBER_LENGTH) return Number.NaN;
  const plain = plainDecimal(text);
  if (plain !== undefined) return plain;
  const ascii = text
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll(',', '');
  const slash = ascii.indexOf('/');
  if (slash > 0) return Number(ascii.slice(0, slash)) / Number(ascii.slice(slash + 1));
  return Number(ascii);
}

/**
 * `12`, `1.5`: ASCII digits with at most one point, read from the character codes (most numbers in a report are
 * written so, and Number() on a fresh string costs more). Undefined for anything else. Exact: both integers
 * stay below 2^53, and one division by a power of ten rounds once, as Number() does.
 */
function plainDecimal(text: string): number | undefined {
  if (text.length > 15) return undefined;
  let digits = 0;
  let scale = 1;
  let point = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits = digits * 10 + (code - 48);
      if (point) scale *= 10;
    } else if (code === 46 && !point && i > 0 && i < text.length - 1) point = true;
    else return undefined;
  }
  return text.length > 0 ? digits / scale : undefined;
}

/** Multipliers written between a number and its unit; they scale the value and leave the unit. */
export const MULTIPLIERS: Record<string, number> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

/** Rounds away binary noise from scaling (1.37 * 1e12) so values read as written. */
export function tidy(value: number): number {
  if (Number.isInteger(value)) return value;
  return Math.abs(value) >= 1e6 ? Math.round(value) : Math.round(value * 1e6) / 1e6;
}
