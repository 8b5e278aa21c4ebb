import { COUNTIES, LEVEL_WORDS, NATIONAL_PREFIXES, OUTER_PREFIXES, PREFECTURES, PROVINCES } from './agency-gazetteer';
import { type AgencyLexicon, LEVEL, type LexiconEntry, NATIONAL, OUTER, PLACE } from './agency-lexicon';

/** The place after 中共/政协 was not in the gazetteer (中共昆山市委): only committees may follow. */
export const GUESSED = 16;
/** A session ordinal stands before the body (市十六届人大): only legislatures and committees may follow. */
export const SESSION = 32;

const SESSION_ORDINAL = /第?[零〇一二三四五六七八九十百]{1,6}届/y;
const SESSION_MAX = 8;
// Characters a guessed place name never contains: they join words rather than name a place (政协和市委).
const NOT_IN_PLACE = /[\s\p{P}和与及或的在对向由为是了并等同跟将把被从]/u;
const GUESSED_PLACE_MAX = 6;

const longest = (words: readonly string[]) => Math.max(...words.map((word) => word.length));
/** How far before its body a name can start: the longest outer + place + level + session. */
export const MAX_PREFIX_LENGTH = Math.max(
  longest(NATIONAL_PREFIXES),
  longest(OUTER_PREFIXES) +
    Math.max(longest([...PROVINCES, ...PREFECTURES, ...COUNTIES]), GUESSED_PLACE_MAX) +
    longest(LEVEL_WORDS) +
    SESSION_MAX,
);

type Matches = ReadonlyArray<readonly [number, LexiconEntry]>;

// Index loops, no array destructuring: see agencies.ts.

/**
 * Every reading of the text at `i` as prefix words before a body, as flat (body start, flags) pairs,
 * the bare reading (no prefix) first. Flags are PLACE | LEVEL | NATIONAL | OUTER | GUESSED | SESSION.
 */
export function agencyPrefixesAt(text: string, i: number, atI: Matches, lex: AgencyLexicon): number[] {
  const found = [i, 0];
  for (let k = 0; k < atI.length; k++) {
    const match = atI[k] as readonly [number, LexiconEntry];
    const end = match[0];
    const entry = match[1];
    if (entry.prefix & NATIONAL) found.push(end, NATIONAL);
    if (entry.prefix & PLACE) {
      found.push(end, PLACE);
      addLevels(text, end, PLACE, lex, found);
    }
    if (entry.prefix & LEVEL && (end - i > 1 || levelMayStart(text, i, lex))) addLevel(text, end, LEVEL, found);
    if (entry.prefix & OUTER) addOuter(text, i, end, lex, found);
  }
  return found;
}

function addOuter(text: string, i: number, end: number, lex: AgencyLexicon, found: number[]): void {
  if (end - i === 1) {
    // 团省委, 团市委: the League's committee follows the level word directly; 集团, 代表团 are not the League.
    if (!lex.notLeagueAfter.has(text.charCodeAt(i - 1))) addLevels(text, end, OUTER, lex, found);
    return;
  }
  found.push(end, OUTER);
  addSession(text, end, OUTER, found);
  const words = lex.words.matchesAt(text, end);
  let places = 0;
  for (let k = 0; k < words.length; k++) {
    const match = words[k] as readonly [number, LexiconEntry];
    if (!(match[1].prefix & PLACE)) continue;
    addLevels(text, match[0], OUTER | PLACE, lex, found);
    places++;
  }
  if (places > 0) return;
  for (let guess = end + 1; guess <= end + GUESSED_PLACE_MAX && guess < text.length; guess++) {
    if (NOT_IN_PLACE.test(text[guess - 1] as string)) break;
    addLevels(text, guess, OUTER | PLACE | GUESSED, lex, found);
  }
}

function addLevels(text: string, pos: number, flags: number, lex: AgencyLexicon, found: number[]): void {
  const words = lex.words.matchesAt(text, pos);
  for (let k = 0; k < words.length; k++) {
    const match = words[k] as readonly [number, LexiconEntry];
    if (match[1].prefix & LEVEL) addLevel(text, match[0], flags | LEVEL, found);
  }
}

function addLevel(text: string, end: number, flags: number, found: number[]): void {
  found.push(end, flags);
  addSession(text, end, flags, found);
}

function addSession(text: string, pos: number, flags: number, found: number[]): void {
  SESSION_ORDINAL.lastIndex = pos;
  if (SESSION_ORDINAL.test(text)) found.push(SESSION_ORDINAL.lastIndex, flags | SESSION);
}

/** A one-character level word right after 城, 社, 全… is the tail of a word (城市, 社区, 全省), not a level. */
function levelMayStart(text: string, i: number, lex: AgencyLexicon): boolean {
  return !lex.notALevelAfter.get(text.charCodeAt(i))?.has(text.charCodeAt(i - 1));
}
