import { separatesThousands } from './digit-groups';
import { entityDrops, mergeDrops } from './entity-drops';
import { headingMarks } from './heading-marks';
import { letterSpacedLines } from './letter-spacing';
import {
  BETWEEN_DIGITS,
  BREAK,
  CJK,
  CR,
  charTables,
  DIGIT,
  DROP,
  isHan,
  KEEP,
  LATIN,
  PERCENT,
  PERIOD,
  REPLACE,
  SPACE,
  sideOf,
} from './normalize-chars';
import { pdfLineDrops } from './normalize-lines';
import { NUMERAL_CHARS } from './quantity-patterns';

/** The text the recognisers read, and where each of its UTF-16 units stands in the original. */
export interface NormalizedText {
  text: string;
  /**
   * The view in runs that stand shifted against the original: unit k of the view is unit k + shifts[r] of the
   * original, r the last run with starts[r] <= k. Every fold is one unit for one or a deletion, so a run ends
   * only where something was deleted. null when `text` is the original itself.
   */
  runs: { starts: Int32Array; shifts: Int32Array } | null;
}

const LF = 0x0a;
const DOT = 0x2e;
const FULL_STOP = 0x3002;
const IDEOGRAPHIC_COMMA = 0x3001;
const LING = 0x3007; // 〇
const THIN_SPACES = new Set([0x2009, 0x202f]);
const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Folds what varies between copies of one report and means nothing to a reader: CR/CRLF, spaces of every width
 * where CJK text does not need them, zero-width and format characters, full-width ASCII, traditional characters,
 * a `.` written for 。, spaces between groups of thousands, space entities a CMS escaped twice (`&nbsp;`), PDF
 * line breaks inside sentences and PDF page furniture. One pass with typed arrays; a text that needs no folding
 * is returned as it is, without a map.
 */
export function normalizeText(original: string): NormalizedText {
  const { action, fold } = charTables();
  const drops = mergeDrops(pdfLineDrops(original), entityDrops(original));
  const n = original.length;
  const marks = headingMarks(original);
  const firstDrop = Math.min(drops.length > 0 ? (drops[0] as number) : n, marks.length > 0 ? (marks[0] as number) : n);
  let first = 0;
  for (; first < firstDrop; first++) {
    const code = original.charCodeAt(first);
    const what = action[code];
    // An ASCII point that ends no sentence (`5.2%`, `www.gov.cn`) is kept as it is: most texts have one.
    if (
      what !== KEEP &&
      (what !== PERIOD || code !== DOT || endsSentence(original, first, original.charCodeAt(first - 1)))
    )
      break;
  }
  if (first === n) return { text: original, runs: null };

  // The view is written unit by unit into a typed array and decoded once: pushing a string per replaced unit
  // costs a hundred times more on a text in traditional characters.
  const out = new Uint16Array(n);
  for (let i = 0; i < first; i++) out[i] = original.charCodeAt(i);
  const starts: number[] = [0];
  const shifts: number[] = [0];
  let shift = 0;
  let length = first;
  // The next unit of the view comes from original[at]: a deletion before it starts a new run.
  const skipTo = (at: number) => {
    if (at - length === shift) return;
    shift = at - length;
    if (starts[starts.length - 1] === length) shifts[shifts.length - 1] = shift;
    else {
      starts.push(length);
      shifts.push(shift);
    }
  };
  // Letter-spaced lines, found the first time a space needs a decision; `sl` walks them as `i` does.
  let spaced: Int32Array | undefined;
  let sl = 0;
  const inSpacedLine = (at: number) => {
    spaced ??= letterSpacedLines(original);
    while (sl < spaced.length && (spaced[sl + 1] as number) <= at) sl += 2;
    return sl < spaced.length && (spaced[sl] as number) <= at;
  };
  let d = 0;
  // Read past the end, a typed array answers undefined and V8 leaves its fast path: -1 stands for "no more".
  let nextDrop = drops.length > 0 ? (drops[0] as number) : -1;
  let h = 0; // the next heading mark
  for (let i = first; i < n; i++) {
    if (i === nextDrop) {
      skipTo(drops[d + 1] as number);
      i = (drops[d + 1] as number) - 1;
      d += 2;
      nextDrop = d < drops.length ? (drops[d] as number) : -1;
      continue;
    }
    while (h < marks.length && (marks[h] as number) < i) h++;
    if (h < marks.length && marks[h] === i) {
      out[length++] = IDEOGRAPHIC_COMMA;
      continue;
    }
    const code = original.charCodeAt(i);
    const what = action[code] as number;
    if (what === KEEP) {
      out[length++] = code;
    } else if (what === REPLACE) {
      out[length++] = fold[code] as number;
    } else if (what === BETWEEN_DIGITS) {
      const between =
        length > 0 && isAsciiDigit(out[length - 1] as number) && (code === LING || digitsAfter(original, i, code));
      out[length++] = between ? (fold[code] as number) : code;
    } else if (what === PERIOD) {
      const ends = endsSentence(original, i, length > 0 ? (out[length - 1] as number) : -1);
      out[length++] = ends ? FULL_STOP : (fold[code] as number);
    } else if (what === CR && (original.charCodeAt(i + 1) !== LF || i + 1 === nextDrop)) {
      out[length++] = LF;
    } else if (what === SPACE) {
      let j = i + 1;
      while (
        j < n &&
        j !== nextDrop &&
        (action[original.charCodeAt(j)] === SPACE || action[original.charCodeAt(j)] === DROP)
      )
        j++;
      const next = j === nextDrop ? (drops[d + 1] as number) : j;
      const before = length === 0 ? BREAK : sideOf(out[length - 1] as number);
      const after = next >= n ? BREAK : sideOf(original.charCodeAt(next));
      const single = j - i === 1;
      // In a line set letter by letter one space is no separator: `1 2 0 0 万 人`, `5 . 5 %`.
      const letterSpacing = single && (before & BREAK) === 0 && (after & BREAK) === 0 && inSpacedLine(i);
      // `1 200万人`: one space between groups of thousands.
      const grouping = single && before === DIGIT && after === DIGIT && separatesThousands(original, i);
      if (!letterSpacing && !grouping && !foldsAway(before, after, single && THIN_SPACES.has(code))) {
        for (let k = i; k < j; k++) {
          if (action[original.charCodeAt(k)] !== SPACE) continue;
          skipTo(k);
          out[length++] = 0x20;
        }
      }
      skipTo(j);
      i = j - 1;
    } else {
      skipTo(i + 1); // DROP, and a CR before its LF
    }
  }
  return {
    text: decodeUnits(out.subarray(0, length)),
    runs: { starts: Int32Array.from(starts), shifts: Int32Array.from(shifts) },
  };
}

let utf16: TextDecoder | undefined;

/** The units as a string. TextDecoder is native and fast; a lone surrogate comes back as U+FFFD, one unit too. */
function decodeUnits(units: Uint16Array): string {
  utf16 ??= new TextDecoder('utf-16le');
  return utf16.decode(units);
}

/**
 * Whether a run of spaces between two characters means nothing: at a line's ends, next to CJK text (`28.5 万亿元`,
 * `超过 1160 亿元`, `、 `), before a percent sign, and a thin space between digit groups. Between two words or
 * numbers written in Latin letters and digits it stays a separator.
 */
function foldsAway(before: number, after: number, thin: boolean): boolean {
  if ((before | after) & BREAK) return true;
  if (before & CJK) return (after & (CJK | DIGIT | LATIN | PERCENT)) !== 0;
  if (after & CJK) return (before & (DIGIT | LATIN | PERCENT)) !== 0;
  if (before & DIGIT) return (after & PERCENT) !== 0 || (thin && (after & DIGIT) !== 0);
  return false;
}

// Numerals before a point head a list (`一.总体要求`); closing marks end a sentence as a character does.
const NUMERALS = new Set(Array.from(NUMERAL_CHARS, (c) => c.charCodeAt(0)));
const CLOSERS = new Set(Array.from('%％）)”’」』》', (c) => c.charCodeAt(0)));

/**
 * Whether the point at `at` ends a Chinese sentence: it follows a Chinese character (not a numeral heading a
 * list) or a closing mark, where no decimal point stands (`5.2%`), and no Latin letter or further point follows
 * (`政府网.gov`, `等等...`). A digit may: `增长9.6%.36个行业`.
 */
function endsSentence(text: string, at: number, before: number): boolean {
  const after = text.charCodeAt(at + 1);
  if (after === DOT || after === 0xff0e || (sideOf(after) & LATIN) !== 0) return false;
  if (CLOSERS.has(before)) return true;
  return (isHan(before) || (before >= 0x3400 && before <= 0x4dbf)) && !NUMERALS.has(before);
}

/** `１，２３４` and `1·5`: a full-width comma only before a group of three digits, a middle dot before any digit. */
function digitsAfter(text: string, at: number, code: number): boolean {
  const isDigit = (k: number) => k < text.length && (sideOf(text.charCodeAt(k)) & DIGIT) !== 0;
  if (code !== 0xff0c) return isDigit(at + 1);
  return isDigit(at + 1) && isDigit(at + 2) && isDigit(at + 3) && !isDigit(at + 4);
}

/** Where unit k of the view stands in the original. */
export function originalOffset(view: NormalizedText, k: number): number {
  const runs = view.runs;
  if (runs === null) return k;
  const { starts, shifts } = runs;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return k + (shifts[lo] as number);
}

/** The original's [start, end) for the view's [start, end). */
export function originalRange(view: NormalizedText, start: number, end: number): [number, number] {
  if (view.runs === null) return [start, end];
  if (end <= start) return [originalOffset(view, start), originalOffset(view, start)];
  return [originalOffset(view, start), originalOffset(view, end - 1) + 1];
}
