import type { NoteColor } from '../../../storage/types';
import { layoutMarkers } from './marker-layout';

/** One note's marker: which note, its colour, what a screen reader says, and the marks it sits beside. */
export interface MarkerEntry {
  id: string;
  color: NoteColor;
  label: string;
  marks: readonly Element[];
}

export interface MarginMarkersOptions {
  doc?: Document;
  /** Where the marker buttons go (our shadow root). */
  container: () => HTMLElement;
  /** The article's root: markers stay out of its box. */
  column: () => Element | null;
  onOpen: (id: string, marker: HTMLElement) => void;
}

/**
 * A button in the page margin beside each placed note's paragraph, in our shadow root (absolutely
 * positioned, outside the article's box, so it never covers the text). Markers follow the layout:
 * window resizes, the article's box changing size, and scrolling inside containers move them.
 */
export class MarginMarkers {
  readonly #o: Required<MarginMarkersOptions>;
  readonly #listeners = new AbortController();
  #observer: ResizeObserver | null = null;
  #entries: MarkerEntry[] = [];
  #buttons = new Map<string, HTMLButtonElement>();
  #frame: number | null = null;

  constructor(options: MarginMarkersOptions) {
    this.#o = { doc: document, ...options };
    const view = this.#o.doc.defaultView;
    const schedule = () => this.#schedule();
    view?.addEventListener('resize', schedule, { signal: this.#listeners.signal });
    // Capture: scrolling inside a container (not the window) moves its paragraphs too.
    this.#o.doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal: this.#listeners.signal });
    if (view && 'ResizeObserver' in view) this.#observer = new view.ResizeObserver(schedule);
  }

  /** Shows exactly these markers (others are removed) and places them. */
  set(entries: MarkerEntry[]): void {
    this.#entries = entries.filter((e) => e.marks.length > 0);
    const wanted = new Set(this.#entries.map((e) => e.id));
    for (const [id, button] of this.#buttons) {
      if (wanted.has(id)) continue;
      button.remove();
      this.#buttons.delete(id);
    }
    for (const entry of this.#entries) this.#button(entry);
    // Tab goes from marker to marker in the entries' order (reading order): a marker made later for a note
    // higher up moves before the others, not after them.
    const container = this.#o.container();
    let previous: HTMLButtonElement | null = null;
    for (const entry of this.#entries) {
      const button = this.#buttons.get(entry.id) as HTMLButtonElement;
      const expected: Element | null = previous ? previous.nextElementSibling : container.firstElementChild;
      if (button !== expected) {
        if (previous) previous.after(button);
        else container.prepend(button);
      }
      previous = button;
    }
    this.#observe();
    this.position();
  }

  /** Places every marker from the current layout. */
  position(): void {
    const { doc } = this.#o;
    const view = doc.defaultView;
    const root = this.#o.column();
    if (!root || this.#entries.length === 0) return;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const box = root.getBoundingClientRect();
    const anchors = [];
    for (const entry of this.#entries) {
      const rect = firstRect(entry.marks);
      const button = this.#buttons.get(entry.id);
      if (button) button.hidden = !rect;
      if (rect) anchors.push({ id: entry.id, top: rect.top + sy });
    }
    const pageWidth = Math.max(doc.documentElement.scrollWidth, view?.innerWidth ?? 0);
    const spots = layoutMarkers(anchors, { left: box.left + sx, right: box.right + sx }, { pageWidth });
    for (const spot of spots) {
      const button = this.#buttons.get(spot.id);
      if (!button) continue;
      button.style.left = `${spot.left}px`;
      button.style.top = `${spot.top}px`;
    }
  }

  destroy(): void {
    this.#listeners.abort();
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#frame !== null) this.#o.doc.defaultView?.cancelAnimationFrame(this.#frame);
    for (const button of this.#buttons.values()) button.remove();
    this.#buttons.clear();
    this.#entries = [];
  }

  #button(entry: MarkerEntry): void {
    let button = this.#buttons.get(entry.id);
    if (!button?.isConnected) {
      button = this.#o.doc.createElement('button');
      button.type = 'button';
      button.textContent = '✎';
      button.setAttribute('data-testid', 'govmark-note-marker');
      const id = entry.id;
      const self = button;
      button.addEventListener('click', () => this.#o.onOpen(id, self), { signal: this.#listeners.signal });
      this.#o.container().append(button);
      this.#buttons.set(entry.id, button);
    }
    button.className = `marker c-${entry.color}`;
    // Text, never markup; a generic label (the page can read it), never the reader's words.
    button.setAttribute('aria-label', entry.label);
    button.title = entry.label;
  }

  #observe(): void {
    const observer = this.#observer;
    const root = this.#o.column();
    if (!observer) return;
    observer.disconnect();
    if (root) observer.observe(root);
    observer.observe(this.#o.doc.documentElement);
  }

  #schedule(): void {
    const view = this.#o.doc.defaultView;
    if (this.#frame !== null || !view) return;
    this.#frame = view.requestAnimationFrame(() => {
      this.#frame = null;
      this.position();
    });
  }
}

/** The first line box of a note's words that has a size (a hidden mark has none). */
function firstRect(marks: readonly Element[]): DOMRect | null {
  for (const mark of marks) {
    for (const rect of mark.getClientRects()) if (rect.width > 0 || rect.height > 0) return rect;
  }
  return null;
}
