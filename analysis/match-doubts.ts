import { cutsNumber } from './number-edges';

/** Why a match is not trusted to be the quoted passage: better unplaced than on the wrong words. */
export type MatchDoubt = 'cuts-number' | 'gains-sentence-end';

const SENTENCE_END = /[。！？；]/gu;
const sentenceEnds = (text: string) => text.match(SENTENCE_END)?.length ?? 0;

/**
 * The reason `text.slice(start, end)` cannot stand for the quote, or null. A match may not cut into a number
 * the quote did not cut into (1.[7万亿元] for 2万亿元): the same unit after other digits is another figure.
 * Approximate words may not take in a sentence end the quote did not have ([发展。经济] for 发展海洋经济): what
 * is left either side of a deleted sentence is not the sentence.
 */
export function matchDoubt(
  text: string,
  { exact, prefix, suffix }: { exact: string; prefix: string; suffix: string },
  { start, end }: { start: number; end: number },
): MatchDoubt | null {
  const quoteCutsStart = cutsNumber(prefix.slice(-2) + exact, Math.min(2, prefix.length));
  const quoteCutsEnd = cutsNumber(exact + suffix.slice(0, 2), exact.length);
  if ((cutsNumber(text, start) && !quoteCutsStart) || (cutsNumber(text, end) && !quoteCutsEnd)) return 'cuts-number';
  const words = text.slice(start, end);
  if (words !== exact && sentenceEnds(words) > sentenceEnds(exact)) return 'gains-sentence-end';
  return null;
}
