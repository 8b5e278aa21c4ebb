import {
  COUNTIES,
  DEPARTMENT_STEMS,
  DEPARTMENT_SUFFIXES,
  DEPARTMENTS,
  LEVEL_WORDS,
  LEVELLED_BODIES,
  NATIONAL_PREFIXES,
  NOT_A_LEVEL_AFTER,
  NOT_AFTER,
  NOT_BEFORE,
  NOT_FOLLOWED_BY,
  NOT_LEAGUE_AFTER,
  OUTER_BODIES,
  OUTER_PREFIXES,
  PREFECTURES,
  PROVINCES,
  SHORT_FORMS,
  SUB_UNITS,
  TOP_BODIES,
} from './agency-gazetteer';
import { CharTrie } from './char-trie';

/**
 * top: a name alone, units can hang under it (国务院); levelled: a name only after a level (省政府);
 * outer: only after 中共/政协… (政协北京市委员会); department: a name alone (教育厅, 残联);
 * short: a name only after a prefix or a top body (省文联, 国务院台办); sub: only under a top body (办公厅).
 */
export type BodyKind = 'top' | 'levelled' | 'outer' | 'department' | 'short' | 'sub';

/** What a word can be before a body; also the flags of a prefix reading (agency-prefixes.ts). */
export const PLACE = 1;
export const LEVEL = 2;
export const NATIONAL = 4;
export const OUTER = 8;

/** In lastChars: a one-character body (委) ends with the character, so nothing need come before it. */
export const ONE_CHARACTER_BODY = 1;

export interface LexiconEntry {
  body?: BodyKind;
  /** PLACE | LEVEL | NATIONAL | OUTER, or 0. */
  prefix: number;
}

export interface AgencyLexicon {
  /** Every body and prefix word, read forwards. */
  words: CharTrie<LexiconEntry>;
  /** Body words read backwards from their last character: where a body ending here starts. */
  bodyEnds: CharTrie<true>;
  /**
   * For a character some body ends with (府, 委, 厅…): ONE_CHARACTER_BODY when a one-character body ends so
   * (委), else an index into bodyBefore; 0 for every other character.
   */
  lastChars: Uint16Array;
  /** The characters lastChars marks, each once: reading them costs less than scanning the whole table. */
  lastCharCodes: number[];
  /**
   * What bodies have right before that last character (政 before 府, 育 before 部): the scan looks closer only
   * where both match, about one place in a hundred.
   */
  bodyBefore: Array<Set<number>>;
  /** 1 for a character some word starts with: other positions need no trie walk. */
  firstChars: Uint8Array;
  /** 1 for a character a prefix word or session ordinal ends with (省, 市, 国, 届): a name may start before a body only after one. */
  prefixLastChars: Uint8Array;
  // The gazetteer's context rules as character codes: the scan compares numbers, not one-character strings.
  notBefore: Map<number, Set<number>>;
  notAfter: Map<string, Set<number>>;
  notAfterChars: Set<number>;
  notFollowedBy: Array<[tail: string, words: string[]]>;
  notALevelAfter: Map<number, Set<number>>;
  notLeagueAfter: Set<number>;
}

let lexicon: AgencyLexicon | undefined;

/**
 * The whole gazetteer in tries, compiled once per process. A page is scanned for the last characters of
 * bodies with a table lookup per character; only around a body are the prefix words read.
 */
export function agencyLexicon(): AgencyLexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function buildLexicon(): AgencyLexicon {
  const words = new CharTrie<LexiconEntry>();
  const bodyEnds = new CharTrie<true>(true);
  const lastChars = new Uint16Array(0x10000);
  const lastCharCodes = new Set<number>();
  // Indexes 0 and ONE_CHARACTER_BODY mean no set.
  const bodyBefore: Array<Set<number>> = [new Set(), new Set()];
  const firstChars = new Uint8Array(0x10000);
  const prefixLastChars = new Uint8Array(0x10000);
  prefixLastChars['届'.charCodeAt(0)] = 1;
  // A later body kind wins, so the explicit lists override a generated stem + suffix of the same spelling.
  const merge = (old: LexiconEntry, add: LexiconEntry) => ({
    body: add.body ?? old.body,
    prefix: old.prefix | add.prefix,
  });
  const bodies: Array<[readonly string[], BodyKind]> = [
    [DEPARTMENT_STEMS.flatMap((stem) => DEPARTMENT_SUFFIXES.map((suffix) => stem + suffix)), 'department'],
    [DEPARTMENTS, 'department'],
    [SHORT_FORMS, 'short'],
    [SUB_UNITS, 'sub'],
    [LEVELLED_BODIES, 'levelled'],
    [OUTER_BODIES, 'outer'],
    [TOP_BODIES, 'top'],
  ];
  for (const [list, body] of bodies) {
    for (const word of list) {
      words.add(word, { body, prefix: 0 }, merge);
      bodyEnds.add(word, true);
      const last = word.charCodeAt(word.length - 1);
      lastCharCodes.add(last);
      if (word.length === 1) lastChars[last] = ONE_CHARACTER_BODY;
      else if (lastChars[last] !== ONE_CHARACTER_BODY) {
        if (lastChars[last] === 0) {
          lastChars[last] = bodyBefore.length;
          bodyBefore.push(new Set());
        }
        bodyBefore[lastChars[last] as number]?.add(word.charCodeAt(word.length - 2));
      }
      firstChars[word.charCodeAt(0)] = 1;
    }
  }
  const prefixes: Array<[readonly string[], number]> = [
    [[...PROVINCES, ...PREFECTURES, ...COUNTIES], PLACE],
    [LEVEL_WORDS, LEVEL],
    [NATIONAL_PREFIXES, NATIONAL],
    [OUTER_PREFIXES, OUTER],
  ];
  for (const [list, prefix] of prefixes) {
    for (const word of list) {
      words.add(word, { prefix }, merge);
      firstChars[word.charCodeAt(0)] = 1;
      prefixLastChars[word.charCodeAt(word.length - 1)] = 1;
    }
  }
  return {
    words,
    bodyEnds,
    lastChars,
    lastCharCodes: [...lastCharCodes],
    bodyBefore,
    firstChars,
    prefixLastChars,
    notBefore: codeMap(NOT_BEFORE, (char) => char.charCodeAt(0)),
    notAfter: codeMap(NOT_AFTER, (body) => body),
    notAfterChars: codes(Object.values(NOT_AFTER).join('')),
    notFollowedBy: Object.entries(NOT_FOLLOWED_BY),
    notALevelAfter: codeMap(NOT_A_LEVEL_AFTER, (char) => char.charCodeAt(0)),
    notLeagueAfter: codes(NOT_LEAGUE_AFTER),
  };
}

const codes = (chars: string) => new Set(Array.from(chars, (char) => char.charCodeAt(0)));

function codeMap<K>(rules: Record<string, string>, key: (word: string) => K): Map<K, Set<number>> {
  return new Map(Object.entries(rules).map(([word, chars]) => [key(word), codes(chars)]));
}
