export interface SelectionWatchOptions {
  doc?: Document;
  signal: AbortSignal;
  /** Events inside GovMark's own UI are not the reader selecting page text. */
  isOurs: (event: Event) => boolean;
  /** A selection was made (mouse released, or extended with the keyboard). */
  onSelect: (range: Range) => void;
  /** The selection is gone. */
  onClear: () => void;
}

const SELECTING_KEYS = /^(?:Shift|Arrow\w+|Home|End|PageUp|PageDown|a)$/;

/** The document's selection as a range, or null when nothing is selected. */
export function currentRange(doc: Document = document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return selection.getRangeAt(0);
}

/**
 * Tells when the reader has selected something (on mouse release or a selecting key, so the "批注" button
 * does not chase a drag) and when the selection is gone. Everything stops with `signal`.
 */
export function watchSelection({ doc = document, signal, isOurs, onSelect, onClear }: SelectionWatchOptions): void {
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (signal.aborted) return;
    const range = currentRange(doc);
    if (range) onSelect(range);
    else onClear();
  };
  // After the event: a click inside a selection collapses it only once the click is done.
  const later = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = (view ?? globalThis).setTimeout(check, 0);
  };
  const options = { signal, capture: true };
  doc.addEventListener('mouseup', (e) => !isOurs(e) && later(), options);
  doc.addEventListener('keyup', (e) => !isOurs(e) && SELECTING_KEYS.test(e.key) && later(), options);
  doc.addEventListener('selectionchange', () => !currentRange(doc) && onClear(), { signal });
  signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer), { once: true });
}
