import {
  ARABIC_REST,
  CHINESE,
  DIGIT,
  escapeRegExp,
  MULT,
  PER,
  PREFIX_BEFORE_BIG,
  RANGE_DASHES,
  UNIT,
  UNIT_FIRST_CHARS,
} from './quantity-patterns';
import type { TextIndex } from './text-index';

/** One number as the patterns found it, before the guideline's rules are applied. */
export interface Candidate {
  index: number;
  length: number;
  arabic: boolean;
  number: string;
  more: boolean;
  mult: string | undefined;
  unit: string;
}

// The patterns are tried only where the text index found a run of digits or numerals, and only where the
// character after the run can continue a quantity: most numbers in a report are years, dates and list
// markers, and most numerals are words (统一, 一些), so few runs ever reach the regex engine.

// Groups: 1 number, 2 多/余, 3 multiplier, 4 多/余, 5 unit. Numbered, not named: named groups allocate an
// object per match.
const ARABIC_AT = new RegExp(`(${DIGIT}+${ARABIC_REST})(多|余)?(?: ?(${MULT}))?(多|余)?(?: ?(${UNIT})${PER}?)?`, 'y');
/** Chinese numerals need a measure word, or a bound prefix before 万/亿 (`近千万`); after 多/余 a multiplier
 * may come before the measure word (`两千多万人`). Groups: 1 numeral, 2 多/余, 3 multiplier, 4 unit. */
export const CHINESE_SOURCE = `(${CHINESE})(?:(?=[${escapeRegExp(UNIT_FIRST_CHARS)}多余])(?:(多|余)(万亿|亿|万)?)?(${UNIT})${PER}?|(?<=[${PREFIX_BEFORE_BIG}]${CHINESE.replace('+', '*')}[万亿]))`;
const CHINESE_AT = new RegExp(CHINESE_SOURCE, 'y');
/** A percentage written out: `百分之六十`, `百分之5`. Group 1: the number. */
export const PERCENT_SOURCE = `百分之(${CHINESE}|${DIGIT}+(?:[.．]${DIGIT}+)?)`;
const PERCENT_AT = new RegExp(PERCENT_SOURCE, 'y');
const BAI = '百'.charCodeAt(0);

const table = (chars: string) => {
  const codes = new Uint8Array(0x10000);
  for (const char of chars) codes[char.charCodeAt(0)] = 1;
  return codes;
};
// What can follow an Arabic number in a quantity: 多/余, a space, a multiplier, a unit, a range's dash.
const AFTER_ARABIC = table(`多余 万亿千百十${UNIT_FIRST_CHARS}${RANGE_DASHES}`);
// What an Arabic number is written with, beyond its digits: `1,200`, `1.5`, `１．５`, `1/3`.
const IN_ARABIC = table('0123456789０１２３４５６７８９,.．/');
// A point or a Latin letter right before the digits: a version, a model or a decimal's tail, not a number.
const NOT_BEFORE_ARABIC = table('.．ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const AFTER_NUMERAL = table(`${UNIT_FIRST_CHARS}多余`);
const PREFIX_BEFORE_NUMERAL = table(PREFIX_BEFORE_BIG);
const BIG = table('万亿');
/** 1 for a character that starts a range's second half (`4.5%—5%`). */
export const RANGE_START = table(RANGE_DASHES);
const SLASH = '/'.charCodeAt(0);

/** The quantity patterns' matches (Arabic numbers, Chinese numerals, 百分之…), in text order. */
export function findCandidates(text: string, index: TextIndex): Candidate[] {
  return mergeByIndex(arabicCandidates(text, index.digitRuns), chineseCandidates(text, index.numeralRuns));
}

function arabicCandidates(text: string, runs: Int32Array): Candidate[] {
  const found: Candidate[] = [];
  let taken = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    if (start < taken || NOT_BEFORE_ARABIC[text.charCodeAt(start - 1)] === 1) continue;
    // Without a slash in the number or a possible continuation after it, the match would be a bare number.
    let end = runs[r + 1] as number;
    let slash = false;
    for (; end < text.length && IN_ARABIC[text.charCodeAt(end)] === 1; end++) {
      if (text.charCodeAt(end) === SLASH) slash = true;
    }
    if (!slash && AFTER_ARABIC[text.charCodeAt(end)] !== 1) continue;
    ARABIC_AT.lastIndex = start;
    const m = ARABIC_AT.exec(text) as RegExpExecArray;
    taken = ARABIC_AT.lastIndex;
    // A bare number (a year, a date, a list marker) is never a target: drop it before any further work.
    if (m[5] === undefined && m[3] === undefined && !(m[1] as string).includes('/')) {
      if (RANGE_START[text.charCodeAt(taken)] !== 1) continue;
    }
    found.push({
      index: start,
      length: m[0].length,
      arabic: true,
      number: m[1] as string,
      more: m[2] !== undefined || m[4] !== undefined,
      mult: m[3],
      unit: m[5] ?? '',
    });
  }
  return found;
}

function chineseCandidates(text: string, runs: Int32Array): Candidate[] {
  const found: Candidate[] = [];
  let taken = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1] as number;
    if (end <= taken) continue;
    const start = Math.max(runs[r] as number, taken);
    // 百分之六十: the run ends in 百 and 分之 follows.
    const percent = text.charCodeAt(end - 1) === BAI && text.startsWith('分之', end);
    if (!percent && !mayMatch(text, runs[r] as number, start, end)) continue;
    // As a global search would: from each position of the run until one matches.
    for (let at = start; at < end; at++) {
      if (percent && at === end - 1) {
        PERCENT_AT.lastIndex = at;
        const m = PERCENT_AT.exec(text);
        if (m !== null) {
          taken = PERCENT_AT.lastIndex;
          const number = m[1] as string;
          const arabic = IN_ARABIC[number.charCodeAt(0)] === 1;
          found.push({ index: at, length: m[0].length, arabic, number, more: false, mult: undefined, unit: '%' });
          break;
        }
      }
      CHINESE_AT.lastIndex = at;
      const m = CHINESE_AT.exec(text);
      if (m === null) continue;
      taken = CHINESE_AT.lastIndex;
      found.push({
        index: at,
        length: m[0].length,
        arabic: false,
        number: m[1] as string,
        more: m[2] !== undefined,
        mult: m[3],
        unit: m[4] ?? '',
      });
      break;
    }
  }
  return found;
}

/**
 * Whether CHINESE_AT can match anywhere in the run [from, end) of numerals: a measure word (some start with
 * 百, 千 or 万) must follow the numerals, or a bound prefix stand before a run holding 万 or 亿.
 */
function mayMatch(text: string, runStart: number, from: number, end: number): boolean {
  if (AFTER_NUMERAL[text.charCodeAt(end)] === 1) return true;
  let big = false;
  for (let i = from + 1; i < end; i++) if (AFTER_NUMERAL[text.charCodeAt(i)] === 1) return true;
  for (let i = runStart; i < end; i++) big ||= BIG[text.charCodeAt(i)] === 1;
  return big && PREFIX_BEFORE_NUMERAL[text.charCodeAt(runStart - 1)] === 1;
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
