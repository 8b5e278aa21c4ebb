import {
  BETWEEN_DIGITS,
  BREAK,
  CJK,
  CR,
  charTables,
  DIGIT,
  DROP,
  KEEP,
  LATIN,
  PERCENT,
  REPLACE,
  SPACE,
} from './normalize-chars';
import { pdfLineDrops } from './normalize-lines';

/** The text the recognisers read, and where each of its UTF-16 units stands in the original. */
export interface NormalizedText {
  text: string;
  /**
   * For each unit of `text`, the offset of the one original unit it stands for (every fold is one for one or a
   * deletion, so one offset says it all); null when `text` is the original itself.
   */
  from: Int32Array | null;
}

const LF = 0x0a;
const THIN_SPACES = new Set([0x2009, 0x202f]);
const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Folds what varies between copies of one report and means nothing to a reader: CR/CRLF, spaces of every width
 * where CJK text does not need them, zero-width and format characters, full-width ASCII, traditional characters,
 * PDF line breaks inside sentences and PDF page furniture. One pass with typed arrays; a text that needs
 * no folding is returned as it is, without a map.
 */
export function normalizeText(original: string): NormalizedText {
  const { action, fold, side } = charTables();
  const drops = pdfLineDrops(original);
  const n = original.length;
  const firstDrop = drops.length > 0 ? (drops[0] as number) : n;
  let first = 0;
  while (first < firstDrop && action[original.charCodeAt(first)] === KEEP) first++;
  if (first === n) return { text: original, from: null };

  const out = new Uint16Array(n);
  const from = new Int32Array(n);
  for (let i = 0; i < first; i++) {
    out[i] = original.charCodeAt(i);
    from[i] = i;
  }
  let length = first;
  let d = 0;
  for (let i = first; i < n; i++) {
    if (i === drops[d]) {
      i = (drops[d + 1] as number) - 1;
      d += 2;
      continue;
    }
    const code = original.charCodeAt(i);
    const what = action[code] as number;
    if (what === KEEP || what === REPLACE) {
      out[length] = what === KEEP ? code : (fold[code] as number);
      from[length++] = i;
    } else if (what === CR) {
      if (original.charCodeAt(i + 1) === LF && i + 1 !== drops[d]) continue;
      out[length] = LF;
      from[length++] = i;
    } else if (what === BETWEEN_DIGITS) {
      const between = length > 0 && isAsciiDigit(out[length - 1] as number) && digitsAfter(original, side, i, code);
      out[length] = between ? (fold[code] as number) : code;
      from[length++] = i;
    } else if (what === SPACE) {
      let j = i + 1;
      while (
        j < n &&
        j !== drops[d] &&
        (action[original.charCodeAt(j)] === SPACE || action[original.charCodeAt(j)] === DROP)
      )
        j++;
      const next = j === drops[d] ? (drops[d + 1] as number) : j;
      const before = length === 0 ? BREAK : (side[out[length - 1] as number] as number);
      const after = next >= n ? BREAK : (side[original.charCodeAt(next)] as number);
      if (!foldsAway(before, after, j - i === 1 && THIN_SPACES.has(code))) {
        for (let k = i; k < j; k++) {
          if (action[original.charCodeAt(k)] !== SPACE) continue;
          out[length] = 0x20;
          from[length++] = k;
        }
      }
      i = j - 1;
    }
    // DROP: nothing is written.
  }
  return { text: decodeUnits(out, length), from: from.subarray(0, length) };
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

/** `１，２３４` and `1·5`: a full-width comma only before a group of three digits, a middle dot before any digit. */
function digitsAfter(text: string, side: Uint8Array, at: number, code: number): boolean {
  const isDigit = (k: number) => k < text.length && ((side[text.charCodeAt(k)] as number) & DIGIT) !== 0;
  if (code !== 0xff0c) return isDigit(at + 1);
  return isDigit(at + 1) && isDigit(at + 2) && isDigit(at + 3) && !isDigit(at + 4);
}

const CHUNK = 8192;

function decodeUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let k = 0; k < length; k += CHUNK) {
    const chunk = units.subarray(k, Math.min(length, k + CHUNK));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/** The original's [start, end) for the normalised text's [start, end). */
export function originalRange(
  view: NormalizedText,
  originalLength: number,
  start: number,
  end: number,
): [number, number] {
  const from = view.from;
  if (from === null) return [start, end];
  if (end <= start) {
    const at = start < from.length ? (from[start] as number) : originalLength;
    return [at, at];
  }
  return [from[start] as number, (from[end - 1] as number) + 1];
}
