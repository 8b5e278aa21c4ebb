import {
  type AgencyLexicon,
  agencyLexicon,
  type BodyKind,
  LEVEL,
  type LexiconEntry,
  NATIONAL,
  ONE_CHARACTER_BODY,
  OUTER,
  PLACE,
} from './agency-lexicon';
import { agencyPrefixesAt, GUESSED, MAX_PREFIX_LENGTH, SESSION } from './agency-prefixes';
import { indexText, type TextIndex } from './text-index';
import type { Agency } from './types';

// Index loops and no array destructuring here: on a page's first pass this code runs interpreted, and the
// iterator protocol behind for…of and [a, b] = … costs several times a plain index there.

/**
 * The names of party, state, legislative, CPPCC, judicial and military bodies and mass organisations, as
 * the guideline defines them: sorted, non-overlapping, the longest name at the leftmost start.
 *
 * Linear: the text index lists where a character some body ends with stands (府, 委, 厅…); only
 * where a body really ends are the few positions before it read for prefix words, left to right, exactly
 * as a scan of every position would read them (no name starts further than MAX_PREFIX_LENGTH before its body).
 */
export function findAgencies(text: string, index: TextIndex = indexText(text)): Agency[] {
  const lex = agencyLexicon();
  const found: Agency[] = [];
  let next = 0;
  const ranges = nameStartRanges(text, lex, index.bodyLasts);
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r] as [from: number, to: number];
    for (let i = Math.max(range[0], next); i <= range[1]; ) {
      const atI = lex.firstChars[text.charCodeAt(i)] === 1 ? lex.words.matchesAt(text, i) : NOTHING;
      const end = atI.length > 0 ? longestNameAt(text, i, atI, lex) : 0;
      if (end > i) {
        found.push({ start: i, end, text: text.slice(i, end) });
        i = end;
      } else i++;
      next = i;
    }
  }
  return found;
}

/** The ranges of positions where a name can start, one per body found, sorted by their start. */
function nameStartRanges(text: string, lex: AgencyLexicon, bodyLasts: Int32Array): Array<[from: number, to: number]> {
  const { lastChars, bodyBefore } = lex;
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < bodyLasts.length; k++) {
    const last = bodyLasts[k] as number;
    const mark = lastChars[text.charCodeAt(last)] as number;
    // Most characters that could end a body (会, 部, 局) are not preceded by what a body has there.
    if (mark !== ONE_CHARACTER_BODY && !bodyBefore[mark]?.has(text.charCodeAt(last - 1))) continue;
    const bodies = lex.bodyEnds.matchesAt(text, last + 1);
    if (bodies.length === 0) continue;
    let from = last;
    let to = 0;
    for (let b = 0; b < bodies.length; b++) {
      const bodyStart = (bodies[b] as readonly [number, true])[0];
      from = Math.min(from, windowStart(text, bodyStart, lex));
      to = Math.max(to, bodyStart);
    }
    ranges.push([from, to]);
  }
  // Bodies end in order but can start out of order (委 inside 常委会): sort, so positions are read in order.
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * The earliest position a name with a body at `bodyStart` can start: at the body itself unless a prefix word
 * or session ordinal ends right before it, and never across a character that is not Chinese.
 */
function windowStart(text: string, bodyStart: number, lex: AgencyLexicon): number {
  if (lex.prefixLastChars[text.charCodeAt(bodyStart - 1)] !== 1) return bodyStart;
  const limit = Math.max(0, bodyStart - MAX_PREFIX_LENGTH);
  let start = bodyStart;
  while (start > limit && inName(text.charCodeAt(start - 1))) start--;
  return start;
}

const NOTHING: ReadonlyArray<readonly [number, LexiconEntry]> = [];

// CJK ideographs (basic, extension A, compatibility) and 〇, as in 第十〇届.
const inName = (code: number) =>
  code === 0x3007 || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** The end of the longest name starting at `i`, or 0: each prefix reading with the longest body that fits it. */
function longestNameAt(
  text: string,
  i: number,
  atI: ReadonlyArray<readonly [number, LexiconEntry]>,
  lex: AgencyLexicon,
): number {
  let best = 0;
  const prefixes = agencyPrefixesAt(text, i, atI, lex);
  for (let k = 0; k < prefixes.length; k += 2) {
    const pos = prefixes[k] as number;
    const flags = prefixes[k + 1] as number;
    const bodies = pos === i ? atI : lex.words.matchesAt(text, pos);
    for (let b = 0; b < bodies.length; b++) {
      const match = bodies[b] as readonly [number, LexiconEntry];
      const end = match[0];
      const kind = match[1].body;
      if (!kind || !fits(kind, flags, text, pos, end) || !standsAlone(text, pos, end, pos === i, lex)) continue;
      best = Math.max(best, withUnit(text, end, kind, lex));
      break;
    }
  }
  return best;
}

/** Whether a body of this kind can follow these prefix words (省+政府 yes, 国家+政府 no, 中共+X市+委 yes). */
function fits(kind: BodyKind, flags: number, text: string, pos: number, end: number): boolean {
  if (flags & GUESSED) return kind === 'outer' || (end === pos + 1 && text[pos] === '委');
  if (flags & SESSION && kind !== 'top' && kind !== 'levelled' && kind !== 'outer') return false;
  switch (kind) {
    case 'levelled':
      return (flags & LEVEL) !== 0;
    case 'outer':
      return (flags & OUTER) !== 0;
    case 'top':
      return true;
    case 'department':
      return (flags & OUTER) === 0;
    case 'short':
      return (flags & OUTER) === 0 && (flags & (LEVEL | PLACE | NATIONAL)) !== 0;
    case 'sub':
      return false;
  }
}

/**
 * Whether [bodyStart, end) is a whole name rather than part of other words: 部署, 委托, 办好 and 人大病 are not,
 * nor 政府 in 政府工作报告; a bare body must not be the tail of a word before it (个人大病, 财政协同).
 */
function standsAlone(text: string, bodyStart: number, end: number, bare: boolean, lex: AgencyLexicon): boolean {
  if (lex.notBefore.get(text.charCodeAt(end - 1))?.has(text.charCodeAt(end))) return false;
  for (let k = 0; k < lex.notFollowedBy.length; k++) {
    const rule = lex.notFollowedBy[k] as [tail: string, words: string[]];
    const tail = rule[0];
    const words = rule[1];
    const tailStart = end - tail.length;
    if (tailStart < bodyStart || !text.startsWith(tail, tailStart)) continue;
    for (let w = 0; w < words.length; w++) if (text.startsWith(words[w] as string, end)) return false;
  }
  const before = text.charCodeAt(bodyStart - 1);
  return !bare || !lex.notAfterChars.has(before) || !lex.notAfter.get(text.slice(bodyStart, end))?.has(before);
}

/** A unit directly under the body is part of its name: 国务院办公厅, 省委宣传部, 省人大常委会办公厅, 教育部办公厅. */
function withUnit(text: string, end: number, kind: BodyKind, lex: AgencyLexicon): number {
  if (kind !== 'top' && kind !== 'levelled' && kind !== 'department') return end;
  const units = lex.words.matchesAt(text, end);
  for (let k = 0; k < units.length; k++) {
    const match = units[k] as readonly [number, LexiconEntry];
    const unitEnd = match[0];
    const unit = match[1].body;
    if (!unit || unit === 'levelled' || unit === 'outer') continue;
    const fitsUnder = kind === 'department' ? unit === 'sub' : unit !== 'top' || text.startsWith('常委会', end);
    if (fitsUnder && standsAlone(text, end, unitEnd, false, lex)) return unitEnd;
  }
  return end;
}
