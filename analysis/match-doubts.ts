import { AGREES, type ContextAgreement } from './context-agreement';
import { cutsNumber, figuresOf } from './number-edges';

/** Why a match is not trusted to be the quoted passage: better unplaced than on the wrong words. */
export type MatchDoubt = 'cuts-number' | 'gains-sentence-end' | 'context' | 'figure-context';

/** Shorter quotes occur by chance: their context must agree. */
const SHORT_QUOTE = 8;
/** A short exact quote needs its whole context this similar on average (both sides may not agree after an edit). */
const SHORT_QUOTE_MEAN = 0.5;
/** When a figure changed, all that says it is the same passage is its context: both sides must agree closely. */
const FIGURE_AGREES = 0.75;
const SENTENCE_END = /[。！？；]/gu;

/** A quote this long rarely recurs by chance: about two characters per doubling of the text (50,000 → 31). */
const isDistinctive = (exact: string, textLength: number) => exact.length >= 2 * Math.log2(textLength + 1);

const sentenceEnds = (text: string) => text.match(SENTENCE_END)?.length ?? 0;
/** What borders words on one side: a character, or a break (whitespace or the end of the text) as one. */
const edge = (char: string | undefined) => (!char || /\s/u.test(char) ? ' ' : char);

/**
 * The reason `text.slice(start, end)` cannot stand for the quote, or null. A match may not cut into a number
 * the quote did not cut into (1.[7万亿元] for 2万亿元). With the context of only one side standing, the other
 * side must still border the same punctuation or break: an ad or a paragraph inserted there keeps it, the same
 * words in another sentence rarely do. The very words elsewhere need the context of one side unless the quote
 * is too long to recur by chance, and a short quote's context on average. Approximate words may not take in a
 * sentence end the quote did not have ([发展。经济] for 发展海洋经济), may not change a figure unless the context
 * agrees closely on both sides, and need the context of both sides when short.
 */
export function matchDoubt(
  text: string,
  { exact, prefix, suffix }: { exact: string; prefix: string; suffix: string },
  { start, end }: { start: number; end: number },
  { before, after, mean }: ContextAgreement,
): MatchDoubt | null {
  const quoteCutsStart = cutsNumber(prefix.slice(-2) + exact, Math.min(2, prefix.length));
  const quoteCutsEnd = cutsNumber(exact + suffix.slice(0, 2), exact.length);
  if ((cutsNumber(text, start) && !quoteCutsStart) || (cutsNumber(text, end) && !quoteCutsEnd)) return 'cuts-number';
  const words = text.slice(start, end);
  const agreeing = Number(before >= AGREES) + Number(after >= AGREES);
  const sameEdges =
    before >= AGREES ? edge(suffix[0]) === edge(text[end]) : edge(prefix.at(-1)) === edge(text[start - 1]);
  const oneSideHolds = agreeing === 1 && sameEdges;
  if (words === exact) {
    if (exact.length < SHORT_QUOTE && mean < SHORT_QUOTE_MEAN) return 'context';
    return agreeing === 2 || oneSideHolds || isDistinctive(exact, text.length) ? null : 'context';
  }
  if (sentenceEnds(words) > sentenceEnds(exact)) return 'gains-sentence-end';
  if (figuresOf(words) !== figuresOf(exact)) return Math.min(before, after) >= FIGURE_AGREES ? null : 'figure-context';
  return agreeing === 2 || (oneSideHolds && exact.length >= SHORT_QUOTE) ? null : 'context';
}
