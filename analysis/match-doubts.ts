import { cutsNumber } from './number-edges';

/** Why a match is not trusted to be the quoted passage: better unplaced than on the wrong words. */
export type MatchDoubt = 'cuts-number';

/**
 * The reason `text.slice(start, end)` cannot stand for the quote, or null. A match may not cut into a number
 * the quote did not cut into (1.[7万亿元] for 2万亿元): the same unit after other digits is another figure.
 */
export function matchDoubt(
  text: string,
  { exact, prefix, suffix }: { exact: string; prefix: string; suffix: string },
  { start, end }: { start: number; end: number },
): MatchDoubt | null {
  const quoteCutsStart = cutsNumber(prefix.slice(-2) + exact, Math.min(2, prefix.length));
  const quoteCutsEnd = cutsNumber(exact + suffix.slice(0, 2), exact.length);
  if ((cutsNumber(text, start) && !quoteCutsStart) || (cutsNumber(text, end) && !quoteCutsEnd)) return 'cuts-number';
  return null;
}
