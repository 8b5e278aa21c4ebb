import type { NoteColor } from '../../../storage/types';
import type { MainText } from '../../../utils/main-text';
import { spansToRuns } from '../page-text';
import type { PageKit } from './page-kit';

/** The highlighter the notes use: the content script's own (page-kit.ts). */
export type NoteHighlighter = Pick<PageKit, 'wrapRun' | 'unwrapMarks'>;

/** Every note highlight on the page (ours, in any copy of the content script). */
export const NOTE_MARK_SELECTOR = 'mark[data-govmark="note"]';
/**
 * Which note each mark belongs to (a note split across elements has several marks with one id). Kept here,
 * in the isolated world, never in an attribute: a page may see which passages are marked, not which note.
 */
const NOTE_IDS = new WeakMap<Element, string>();

/** A note to highlight: its span of the main text and its colour. */
export interface NoteSpan {
  id: string;
  start: number;
  end: number;
  color: NoteColor;
}

/** The note id a mark belongs to, or null when it is not a note mark. */
/** Files a note mark under its note (wrapNotes does; tests building marks by hand too). */
export function rememberNoteMark(mark: Element, id: string): void {
  NOTE_IDS.set(mark, id);
}

export function noteIdOf(mark: Element): string | null {
  return mark.getAttribute('data-govmark') === 'note' ? (NOTE_IDS.get(mark) ?? null) : null;
}

/**
 * Wraps each note's words in `<mark data-govmark="note">` elements (one per text node the words cross),
 * over whatever is already there: target and agency marks end up inside or around them. Overlapping notes
 * are wrapped in layers, re-reading the main text between layers since wrapping splits text nodes.
 * Returns each note's marks in text order.
 */
export function wrapNotes(
  extract: () => MainText | null,
  notes: readonly NoteSpan[],
  { wrapRun }: NoteHighlighter,
): Map<string, HTMLElement[]> {
  const marks = new Map<string, HTMLElement[]>();
  for (const layer of layers(notes)) {
    const main = extract();
    if (!main) break;
    const spans = layer.map((note) => ({ start: note.start, end: note.end, data: note }));
    for (const run of spansToRuns(main, spans)) {
      wrapRun(run, {
        attributes: (note) => ({ 'data-govmark': 'note', class: `govmark-note govmark-note-${note.color}` }),
        onMark: (mark, note) => {
          rememberNoteMark(mark, note.id);
          const list = marks.get(note.id) ?? [];
          list.push(mark);
          marks.set(note.id, list);
        },
      });
    }
  }
  return marks;
}

/** Removes note marks and joins their text back into the page's own text nodes (highlighter.ts). */
export function unwrapNotes(marks: Iterable<Element>, { unwrapMarks }: NoteHighlighter): void {
  // Innermost first: a note inside another note's mark is unwrapped before its container.
  unwrapMarks([...marks].reverse());
}

/** Groups spans so that no two in a group overlap: each group can be wrapped in one go. */
function layers(notes: readonly NoteSpan[]): NoteSpan[][] {
  const sorted = [...notes].filter((n) => n.end > n.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const result: { spans: NoteSpan[]; reached: number }[] = [];
  for (const note of sorted) {
    const layer = result.find((l) => l.reached <= note.start);
    if (layer) {
      layer.spans.push(note);
      layer.reached = note.end;
    } else {
      result.push({ spans: [note], reached: note.end });
    }
  }
  return result.map((l) => l.spans);
}
