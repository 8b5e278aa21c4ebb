import { anchorQuote, makeQuoteSelector, toCodePointOffset } from '../../../analysis/match-quote';
import type { Annotation, AnnotationPatch, StoredPosition, TextQuoteSelector } from '../../../storage/types';

/** What a note records about its words: the W3C quote (~32 characters of context) and both kinds of offsets. */
export interface Passage {
  quote: TextQuoteSelector;
  position: StoredPosition;
}

/** Where one quoted note landed in the current text; `patch` is set when the stored anchor should follow. */
export type Anchoring =
  | { id: string; status: 'placed'; start: number; end: number; patch?: AnnotationPatch }
  | { id: string; status: 'unplaced' };

/** The quote and position of [start, end) in `text`. */
export function passageOf(text: string, start: number, end: number): Passage {
  return {
    quote: makeQuoteSelector(text, start, end),
    position: {
      type: 'TextPositionSelector',
      start,
      end,
      codePointStart: toCodePointOffset(text, start),
      codePointEnd: toCodePointOffset(text, end),
    },
  };
}

/**
 * Places every quoted note in the page's main text: the stored position where its context still stands, else
 * the best of the exact words and approximate matches, each judged by its context on both sides; a match in
 * doubt (it cuts into a number, takes in a sentence end, or only one weak side vouches for it) is none
 * (analysis/match-quote.ts). A note whose words moved or changed a little gets a patch
 * with its new quote and position, so the next visit finds it at once; one that cannot be placed is reported
 * as unplaced and nothing about it changes. Page-level notes (no quote) are not anchored.
 */
export function anchorNotes(text: string, notes: readonly Annotation[]): Anchoring[] {
  const results: Anchoring[] = [];
  for (const note of notes) {
    if (!note.quote) continue;
    const match = anchorQuote(text, note.quote, note.position);
    if (!match) {
      results.push({ id: note.id, status: 'unplaced' });
      continue;
    }
    const { start, end } = match;
    const stored = note.position;
    const same = stored?.start === start && stored.end === end && note.quote.exact === text.slice(start, end);
    results.push(
      same
        ? { id: note.id, status: 'placed', start, end }
        : { id: note.id, status: 'placed', start, end, patch: passageOf(text, start, end) },
    );
  }
  return results;
}
