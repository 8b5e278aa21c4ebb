const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Value of a Chinese numeral (`一`, `两`, `十四`, `一百二十`, `千万`, `三千五百万`), or null when the
 * characters do not form one number: `十四五` is a plan's name, not fourteen-five.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0; // finished 亿/万 groups
  let section = 0; // the group being built
  let digit: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastBig = Number.POSITIVE_INFINITY;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '零' || ch === '〇') {
      if (digit !== null) return null;
    } else if (ch in DIGITS) {
      if (digit !== null) return null; // two digits in a row: a sequence, not a number
      digit = DIGITS[ch] as number;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch] as number;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastSmall = unit;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch] as number;
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
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const FULL_WIDTH_DIGIT = /[０-９．]/g;

/** Value of an Arabic number as written in Chinese text: `1.5`, `1,200`, full-width `１２`, fraction `1/3`. */
export function parseArabic(text: string): number {
  // Most are plain: a comma, a full-width digit or a slash makes Number() say NaN, and those take the long way.
  const plain = Number(text);
  if (!Number.isNaN(plain)) return plain;
  const ascii = text
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll(',', '');
  const slash = ascii.indexOf('/');
  if (slash > 0) return Number(ascii.slice(0, slash)) / Number(ascii.slice(slash + 1));
  return Number(ascii);
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
