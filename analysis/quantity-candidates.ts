import { parseChineseNumeral } from './numbers';
import {
  ARABIC_REST,
  CHINESE,
  DIGIT,
  DIGIT_NUMERALS,
  escapeRegExp,
  MULT,
  PER,
  PREFIX_BEFORE_BIG,
  RANGE_DASHES,
  UNIT,
  UNIT_FIRST_CHARS,
} from './quantity-patterns';
import { UNITS } from './target-units';
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
// CHINESE_SOURCE after its numerals. Groups: 1 多/余, 2 multiplier, 3 unit.
const UNIT_TAIL_AT = new RegExp(`(?:(多|余)(万亿|亿|万)?)?(${UNIT})${PER}?`, 'y');
// How many of a unit's first characters can be numerals (百分点, 千瓦: one): so far into a run can a unit start.
const UNIT_NUMERALS = Math.max(
  ...UNITS.map((unit) => unit.length - unit.replace(new RegExp(`^${CHINESE}`), '').length),
);
/** A percentage written out: `百分之六十`, `百分之5`. Group 1: the number. */
export const PERCENT_SOURCE = `百分之(${CHINESE}(?:点[${DIGIT_NUMERALS}]+)?|${DIGIT}+(?:[.．]${DIGIT}+)?)`;
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

/**
 * Calls `visit` with each of the quantity patterns' matches (Arabic numbers, Chinese numerals, 百分之…), in
 * text order. One at a time rather than as a list: on a page dense with numbers a list keeps every match
 * alive, and the garbage collector copies them all, several times.
 */
export function forEachCandidate(text: string, index: TextIndex, visit: (c: Candidate) => void): void {
  const arabic = new ArabicRuns(text, visit);
  const chinese = new NumeralRuns(text, visit);
  const digits = index.digitRuns;
  const numerals = index.numeralRuns;
  // Both lists of runs in text order: a run's matches start inside it, so they come out in order too.
  let d = 0;
  let n = 0;
  while (d < digits.length || n < numerals.length) {
    if (n >= numerals.length || (d < digits.length && (digits[d] as number) < (numerals[n] as number))) {
      arabic.read(digits[d] as number, digits[d + 1] as number);
      d += 2;
    } else {
      chinese.read(numerals[n] as number, numerals[n + 1] as number);
      n += 2;
    }
  }
}

/** The quantity patterns' matches, in text order, as a list. */
export function findCandidates(text: string, index: TextIndex): Candidate[] {
  const all: Candidate[] = [];
  forEachCandidate(text, index, (c) => {
    all.push(c);
  });
  return all;
}

/** Reads runs of digits, in order, for ARABIC_AT's matches. */
class ArabicRuns {
  private taken = 0;
  // The stretch of number characters read last: its end, and its last slash. Runs joined by `,` or `/`
  // (1,2,3,…) share one stretch, read once rather than once per run: square in its length.
  private stretchEnd = -1;
  private lastSlash = -1;

  constructor(
    private readonly text: string,
    private readonly visit: (c: Candidate) => void,
  ) {}

  read(start: number, runEnd: number): void {
    const text = this.text;
    if (start < this.taken || NOT_BEFORE_ARABIC[text.charCodeAt(start - 1)] === 1) return;
    // Without a slash in the number or a possible continuation after it, the match would be a bare number.
    if (runEnd > this.stretchEnd) {
      let end = runEnd;
      for (; end < text.length && IN_ARABIC[text.charCodeAt(end)] === 1; end++) {
        if (text.charCodeAt(end) === SLASH) this.lastSlash = end;
      }
      this.stretchEnd = end;
    }
    if (this.lastSlash < runEnd && AFTER_ARABIC[text.charCodeAt(this.stretchEnd)] !== 1) return;
    if (this.stretchEnd === runEnd && RANGE_START[text.charCodeAt(runEnd)] === 1) {
      // Digits, then a range's dash (`3—5个`, or 1-2-3-… in a serial number): the pattern would match the
      // digits alone, as nothing after them but a dash can continue a number; no need to ask it.
      this.taken = runEnd;
      const number = text.slice(start, runEnd);
      this.visit({
        index: start,
        length: runEnd - start,
        arabic: true,
        number,
        more: false,
        mult: undefined,
        unit: '',
      });
      return;
    }
    ARABIC_AT.lastIndex = start;
    const m = ARABIC_AT.exec(text) as RegExpExecArray;
    this.taken = ARABIC_AT.lastIndex;
    // A bare number (a year, a date, a list marker) is never a target: drop it before any further work.
    if (m[5] === undefined && m[3] === undefined && !(m[1] as string).includes('/')) {
      if (RANGE_START[text.charCodeAt(this.taken)] !== 1) return;
    }
    this.visit({
      index: start,
      length: m[0].length,
      arabic: true,
      number: m[1] as string,
      more: m[2] !== undefined || m[4] !== undefined,
      mult: m[3],
      unit: m[5] ?? '',
    });
  }
}

/** Reads runs of Chinese numerals, in order, for CHINESE_SOURCE's and PERCENT_SOURCE's matches. */
class NumeralRuns {
  private taken = 0;

  constructor(
    private readonly text: string,
    private readonly visit: (c: Candidate) => void,
  ) {}

  read(runStart: number, end: number): void {
    const text = this.text;
    if (end <= this.taken) return;
    const ofWhole = text.startsWith('分之', end); // 百分之六十, 三分之一
    const percent = ofWhole && text.charCodeAt(end - 1) === BAI;
    if (ofWhole && !percent) {
      const c = fractionAt(text, Math.max(runStart, this.taken), end);
      if (c !== null) {
        this.visit(c);
        this.taken = c.index + c.length;
        return;
      }
    }
    // As a global search would, from the first position not taken: CHINESE_SOURCE matches at a position of the
    // run only if it matches at the first one tried (where the numerals may end does not depend on where they
    // start; after a match nothing further in the run can end them), and 百分之 is tried where the run's last
    // 百 starts, before the numeral pattern there (百分之六十, not 百分点).
    let at = Math.max(runStart, this.taken);
    let more = true; // whether CHINESE_SOURCE may still match in the run
    while (at < end - 1 && more) {
      const c = chineseAt(text, runStart, at, end);
      if (c === null) more = false;
      else {
        this.visit(c);
        at = this.taken = c.index + c.length;
      }
    }
    if (at >= end || (at < end - 1 && !percent)) return; // what is left of the run: none, or no 百分之
    let c = percent ? percentAt(text, end - 1) : null;
    if (c === null && more && at === end - 1) c = chineseAt(text, runStart, at, end);
    if (c === null) return;
    this.visit(c);
    this.taken = c.index + c.length;
  }
}

/**
 * CHINESE_SOURCE's match at `from` in the run of numerals [runStart, end), or null, found without its
 * backtracking: the regex tries every end of the numerals from the longest down, and at each the unit (only
 * within UNIT_NUMERALS of the run's end can one start) and then its lookbehind (a bound word right before the
 * run, 万/亿 right before the end), which reads the whole run again: cubic in a run's length.
 */
function chineseAt(text: string, runStart: number, from: number, end: number): Candidate | null {
  const bound = PREFIX_BEFORE_NUMERAL[text.charCodeAt(runStart - 1)] === 1;
  for (let p = end; p > from; p--) {
    const unitHere = p >= end - UNIT_NUMERALS;
    if (unitHere && AFTER_NUMERAL[text.charCodeAt(p)] === 1) {
      UNIT_TAIL_AT.lastIndex = p;
      const m = UNIT_TAIL_AT.exec(text);
      if (m !== null) {
        const length = UNIT_TAIL_AT.lastIndex - from;
        const number = text.slice(from, p);
        return {
          index: from,
          length,
          arabic: false,
          number,
          more: m[1] !== undefined,
          mult: m[2],
          unit: m[3] as string,
        };
      }
    }
    if (bound && BIG[text.charCodeAt(p - 1)] === 1) {
      return {
        index: from,
        length: p - from,
        arabic: false,
        number: text.slice(from, p),
        more: false,
        mult: undefined,
        unit: '',
      };
    }
    if (!bound && !unitHere) return null;
  }
  return null;
}

const FRACTION_TAIL_AT = new RegExp(`分之(${CHINESE})`, 'y');

/**
 * `三分之一`, `四分之三`: a fraction written out, whose denominator is the run [from, end), as the Arabic
 * fraction it means (`1/3`), which the recogniser reads as a share in %. Null when it is no proper fraction.
 */
function fractionAt(text: string, from: number, end: number): Candidate | null {
  FRACTION_TAIL_AT.lastIndex = end;
  const m = FRACTION_TAIL_AT.exec(text);
  if (m === null) return null;
  const denominator = parseChineseNumeral(text.slice(from, end)) ?? 0;
  const numerator = parseChineseNumeral(m[1] as string) ?? 0;
  if (!(denominator > 1 && numerator > 0 && numerator < denominator)) return null;
  // 千分之五 is 5‰, as reports write it in digits.
  const permille = denominator === 1000;
  const number = permille ? String(numerator) : `${numerator}/${denominator}`;
  return {
    index: from,
    length: FRACTION_TAIL_AT.lastIndex - from,
    arabic: true,
    number,
    more: false,
    mult: undefined,
    unit: permille ? '‰' : '',
  };
}

/** PERCENT_SOURCE's match at `at` (a 百 before 分之), or null. */
function percentAt(text: string, at: number): Candidate | null {
  PERCENT_AT.lastIndex = at;
  const m = PERCENT_AT.exec(text);
  if (m === null) return null;
  const number = m[1] as string;
  const arabic = IN_ARABIC[number.charCodeAt(0)] === 1;
  return { index: at, length: m[0].length, arabic, number, more: false, mult: undefined, unit: '%' };
}
