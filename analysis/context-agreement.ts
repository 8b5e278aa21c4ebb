import { fewestEdits } from './fewest-edits';

/**
 * How well the text around a match keeps the recorded context. `before` and `after` judge each side strictly
 * (0..1, 1 = unchanged or nothing recorded); `mean` is the plain average of both whole contexts' similarity,
 * the softer measure a match is scored by.
 */
export interface ContextAgreement {
  before: number;
  after: number;
  mean: number;
}

/** The least agreement of a side that counts as its recorded context still standing. */
export const AGREES = 0.5;

/** The characters next to the words, which say most about which words these are. */
export const NEAR_CONTEXT = 8;

/** How much of `pattern` survives somewhere in a window: 1 - edit distance / pattern length. */
function similarityTo(pattern: string): (window: string) => number {
  const edits = fewestEdits(pattern);
  return (window) => (pattern.length === 0 ? 1 : window.length === 0 ? 0 : 1 - edits(window) / pattern.length);
}

/** How much recorded context is weighed: what makeQuoteSelector records, whatever a selector imported holds. */
const CONTEXT = 32;
// Whitespace says nothing about which words these are: a page re-indented or re-wrapped keeps its context.
const SPACE = /\s+/gu;
/** How far past the recorded context's length to look for its characters between whitespace. */
const SPACE_ALLOWANCE = 32;
const wordsOf = (text: string) => text.replace(SPACE, '');
const lastChars = (text: string, count: number) => (count === 0 ? '' : text.slice(-count));

/**
 * How to measure, at any [start, end) of `text`, how well the text around keeps the recorded prefix and suffix.
 * Each side's agreement is the lesser of the whole recorded context's similarity and its nearest characters',
 * whitespace aside. Either alone misleads: a deleted clause leaves most of a 32-character context standing
 * around other words, and a few common words (保持在, 增长) next to the words agree by chance.
 */
export function contextAgreement(
  text: string,
  prefix: string,
  suffix: string,
): (start: number, end: number) => ContextAgreement {
  const reach = CONTEXT + SPACE_ALLOWANCE;
  const recordedBefore = lastChars(wordsOf(prefix.slice(-reach)), CONTEXT);
  const recordedAfter = wordsOf(suffix.slice(0, reach)).slice(0, CONTEXT);
  const wholeBefore = similarityTo(recordedBefore);
  const wholeAfter = similarityTo(recordedAfter);
  const nearBefore = similarityTo(lastChars(recordedBefore, NEAR_CONTEXT));
  const nearAfter = similarityTo(recordedAfter.slice(0, NEAR_CONTEXT));
  return (start, end) => {
    const before = lastChars(wordsOf(text.slice(Math.max(0, start - reach), start)), recordedBefore.length);
    const after = wordsOf(text.slice(end, end + reach)).slice(0, recordedAfter.length);
    const whole = { before: wholeBefore(before), after: wholeAfter(after) };
    return {
      before: Math.min(whole.before, nearBefore(lastChars(before, NEAR_CONTEXT))),
      after: Math.min(whole.after, nearAfter(after.slice(0, NEAR_CONTEXT))),
      mean: (whole.before + whole.after) / 2,
    };
  };
}
