import { AGREES, type ContextAgreement, contextAgreement } from './context-agreement';
import { matchDoubt } from './match-doubts';
import { candidatesInContext, type QuoteCandidate, quoteCandidates } from './quote-candidates';

/** What anchoring needs from a W3C TextQuoteSelector. */
export interface QuoteContext {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where a quote was found, how, and how well (0..1, 1 = exact words with their exact context). */
export interface QuoteMatch {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  score: number;
}

// Weights as in hypothesis's match-quote.ts: the words matter most, context next, the old position least.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;
/** A fuzzy match scoring below this is no match: the note is shown as unplaced rather than misplaced. */
export const MIN_FUZZY_SCORE = 0.6;

function score(quote: number, context: number, start: number, text: string, hint?: number): number {
  const position = hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(start - hint) / text.length;
  return (QUOTE_WEIGHT * quote + 2 * CONTEXT_WEIGHT * context + POSITION_WEIGHT * position) / MAX_SCORE;
}

/** The best-scoring candidate; ties go to the one nearest the hint, then the earliest. */
function best<T extends { start: number; score: number }>(candidates: T[], hint?: number): T | undefined {
  const distance = (c: T) => (hint === undefined ? c.start : Math.abs(c.start - hint));
  return candidates.reduce<T | undefined>(
    (top, c) => (!top || c.score > top.score || (c.score === top.score && distance(c) < distance(top)) ? c : top),
    undefined,
  );
}

/** The words still at the stored position need no search when the context of one side still stands. */
const keepsPosition = ({ before, after }: ContextAgreement) => before >= AGREES || after >= AGREES;

/**
 * Finds a quoted passage in a (possibly edited) text, as hypothesis anchors annotations: the stored
 * position if the words are still there in their context, else the best of the exact words and approximate
 * matches (approx-string-match), scored by words, context and nearness to the old position. A match that
 * matchDoubt distrusts is never taken: null (unplaced) rather than other words. Offsets are UTF-16.
 */
export function anchorQuote(
  text: string,
  { exact, prefix = '', suffix = '' }: QuoteContext,
  hint?: { start: number; end: number },
): QuoteMatch | null {
  if (exact.length === 0) return null;
  const quote = { exact, prefix, suffix };
  const hintStart = hint?.start;
  const agreementAt = contextAgreement(text, prefix, suffix);
  const judge = (start: number, end: number, errors: number, method: QuoteMatch['method']) => {
    const agreement = agreementAt(start, end);
    if (matchDoubt(text, quote, { start, end }, agreement)) return null;
    const match = {
      start,
      end,
      method,
      score: score(1 - errors / exact.length, agreement.mean, start, text, hintStart),
    };
    return { match, agreement };
  };

  if (hint && text.slice(hint.start, hint.end) === exact) {
    const kept = judge(hint.start, hint.end, 0, 'position');
    if (kept && keepsPosition(kept.agreement)) return kept.match;
  }

  const matches: QuoteMatch[] = [];
  let contextHolds = false;
  const consider = (candidates: QuoteCandidate[]) => {
    for (const { start, end, errors, method } of candidates) {
      const judged = judge(start, end, errors, method);
      if (!judged || (method === 'fuzzy' && judged.match.score < MIN_FUZZY_SCORE)) continue;
      matches.push(judged.match);
      contextHolds ||= judged.agreement.before >= AGREES && judged.agreement.after >= AGREES;
    }
  };
  consider(quoteCandidates(text, exact));
  // The words edited in place are only worth a second search when no match so far sits in its whole context.
  if (!contextHolds) consider(candidatesInContext(text, exact, prefix, suffix));
  return best(matches, hintStart) ?? null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The W3C TextQuoteSelector for [start, end): the words and up to `context` UTF-16 units each side, never half a character. */
export function makeQuoteSelector(
  text: string,
  start: number,
  end: number,
  context = 32,
): { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - context);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/** The code-point offset of a UTF-16 offset (W3C exports count code points); inside a surrogate pair it counts the pair. */
export function toCodePointOffset(text: string, utf16: number): number {
  const limit = Math.min(Math.max(0, utf16), text.length);
  let points = 0;
  for (let i = 0; i < limit; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  return points;
}

/** The UTF-16 offset of a code-point offset; past the end gives text.length. */
export function toUtf16Offset(text: string, codePoint: number): number {
  let points = 0;
  let i = 0;
  while (i < text.length && points < codePoint) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    points++;
  }
  return i;
}
