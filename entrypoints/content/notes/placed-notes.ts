import { type Annotation, DEFAULT_NOTE_COLOR } from '../../../storage/types';
import { t } from '../../../utils/i18n';
import type { MainText } from '../../../utils/main-text';
import { type Anchoring, anchorNotes } from './anchor-notes';
import { MarginMarkers } from './margin-markers';
import { NOTE_MARK_SELECTOR, type NoteHighlighter, unwrapNotes, wrapNotes } from './note-marks';
import { addNoteStyle, removeNoteStyle } from './note-style';

export interface PlacedNotesOptions {
  doc: Document;
  extract: () => MainText | null;
  /** Where the margin markers go (our shadow root). */
  markerContainer: () => HTMLElement;
  onOpen: (id: string, marker: HTMLElement) => void;
  highlighter: NoteHighlighter;
}

/**
 * This page's notes as the page shows them: the stored records, where each landed in the current text
 * (highlighted, with a margin marker) or that it could not be placed. Knows nothing of storage.
 */
export class PlacedNotes {
  readonly #o: PlacedNotesOptions;
  #notes: Annotation[] = [];
  /** Bumped whenever the notes change in a way the page must show. */
  #version = 0;
  #rendered: { text: string; version: number } | null = null;
  #marks = new Map<string, HTMLElement[]>();
  #unplaced = new Set<string>();
  #root: Element | null = null;
  #markers: MarginMarkers | null = null;

  constructor(options: PlacedNotesOptions) {
    this.#o = options;
  }

  get all(): readonly Annotation[] {
    return this.#notes;
  }

  get unplaced(): string[] {
    return [...this.#unplaced];
  }

  find(id: string): Annotation | undefined {
    return this.#notes.find((n) => n.id === id);
  }

  /** Replaces the notes (a fresh read of storage). */
  set(notes: Annotation[]): void {
    this.#notes = notes;
    this.#version++;
  }

  /** Adds or replaces one note; `visible` false when only its stored anchor changed (the page already shows it). */
  put(record: Annotation, visible = true): void {
    const known = this.#notes.some((n) => n.id === record.id);
    this.#notes = known ? this.#notes.map((n) => (n.id === record.id ? record : n)) : [...this.#notes, record];
    if (visible) this.#version++;
  }

  remove(id: string): void {
    this.#notes = this.#notes.filter((n) => n.id !== id);
    this.#version++;
  }

  /**
   * Re-anchors and re-wraps every note, unless neither the text nor the notes changed since last time.
   * Changes the page: call it inside the page's change() so the living-page watcher ignores it.
   */
  render(): Anchoring[] {
    const { doc, extract } = this.#o;
    // No notes and none on the page: nothing to read (a walk of the article after every pass, on most pages).
    if (this.#notes.length === 0 && this.#marks.size === 0 && !doc.querySelector(NOTE_MARK_SELECTOR)) {
      this.#unplaced.clear();
      return [];
    }
    const main = extract();
    const marks = [...this.#marks.values()].flat();
    const last = this.#rendered;
    if (main && last?.text === main.text && last.version === this.#version && marks.every((m) => m.isConnected)) {
      return [];
    }
    const hadMarks = marks.length > 0 || doc.querySelector(NOTE_MARK_SELECTOR) !== null;
    this.clear();
    if (!main) return [];
    this.#root = main.root;
    const results = anchorNotes(main.text, this.#notes);
    const colors = new Map(this.#notes.map((n) => [n.id, n.color]));
    const spans = results.flatMap((r) =>
      r.status === 'placed'
        ? [{ id: r.id, start: r.start, end: r.end, color: colors.get(r.id) ?? DEFAULT_NOTE_COLOR }]
        : [],
    );
    if (spans.length > 0) addNoteStyle(doc);
    // Unwrapping joined split text nodes back: the offsets stand, the nodes behind them must be read again.
    let first = !hadMarks;
    const wrapped = wrapNotes(
      () => {
        const current = first ? main : extract();
        first = false;
        return current;
      },
      spans,
      this.#o.highlighter,
    );
    for (const r of results) {
      if (r.status === 'unplaced') this.#unplaced.add(r.id);
      else this.#marks.set(r.id, wrapped.get(r.id) ?? []);
    }
    this.#rendered = { text: main.text, version: this.#version };
    this.#showMarkers();
    return results;
  }

  /** Every note highlight and marker leaves the page (also marks an earlier copy of the script left). */
  clear(): void {
    const marks = new Set<Element>([...this.#marks.values()].flat());
    for (const mark of this.#o.doc.querySelectorAll(NOTE_MARK_SELECTOR)) marks.add(mark);
    unwrapNotes(marks, this.#o.highlighter);
    this.#marks.clear();
    this.#unplaced.clear();
    this.#rendered = null;
    removeNoteStyle(this.#o.doc);
    this.#markers?.destroy();
    this.#markers = null;
  }

  #showMarkers(): void {
    const placed = this.#notes.flatMap((note) => {
      const marks = this.#marks.get(note.id);
      return marks?.length ? [{ note, marks }] : [];
    });
    if (placed.length === 0) return;
    // In reading order, so a screen reader's "note 2 of 5" is the second on the page.
    placed.sort((a, b) => ((a.marks[0]?.compareDocumentPosition(b.marks[0] as Node) ?? 0) & 2 ? 1 : -1));
    // The marker sits in a root page scripts can read: it says only that a note is here, and which of how
    // many markers it is, which the page can count anyway (issue 12); never the reader's words.
    const entries = placed.map(({ note, marks }, i) => ({
      id: note.id,
      color: note.color,
      label: t('noteMarkerOpen', [String(i + 1), String(placed.length)]),
      marks,
    }));
    this.#markers ??= new MarginMarkers({
      doc: this.#o.doc,
      container: this.#o.markerContainer,
      column: () => this.#root,
      onOpen: this.#o.onOpen,
    });
    this.#markers.set(entries);
  }
}
