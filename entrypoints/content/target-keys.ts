import { type IsTrusted, isTrusted } from '../../utils/trusted-only';

const TARGET_MARK = 'mark[data-govmark="target"]';
const KEYS_NEXT = new Set(['ArrowRight', 'ArrowDown']);
const KEYS_PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/** One mark per finding, in page order: a finding cut across elements has several marks with one id. */
function findingMarks(doc: Document): HTMLElement[] {
  const seen = new Set<string | null>();
  return [...doc.querySelectorAll<HTMLElement>(TARGET_MARK)].filter((mark) => {
    const id = mark.getAttribute('data-govmark-id');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The page's target highlights as one tab stop (a roving tab index): Tab reaches the last target the reader
 * was on, or the first, and leaves the highlights with the next Tab; the arrow keys, Home and End move among
 * them. The tab index is given just before the browser moves focus, to the one stop, and taken back when
 * focus leaves the highlights: in Chromium a mouse drag that starts on a focusable element selects nothing,
 * so a mark with a tab index could not begin the selection a note is written on. Keys a page script makes
 * up are not answered (issue 12).
 */
export function attachTargetKeys(doc: Document, signal: AbortSignal, trusted: IsTrusted = isTrusted): void {
  let current: HTMLElement | null = null;
  const clear = () => {
    for (const mark of doc.querySelectorAll<HTMLElement>(`${TARGET_MARK}[tabindex]`)) mark.removeAttribute('tabindex');
  };
  const rove = (entry: HTMLElement | null, marks: HTMLElement[]) => {
    clear();
    // Every piece of a split finding stays out of the tab order; the entry's first piece is the stop.
    if (entry ?? marks[0]) (entry ?? (marks[0] as HTMLElement)).tabIndex = 0;
  };
  const markOf = (node: EventTarget | null) =>
    node instanceof Element ? node.closest<HTMLElement>(TARGET_MARK) : null;

  doc.addEventListener(
    'keydown',
    (event) => {
      // Only the reader's keys move among the highlights: a page script's made-up ones are not answered.
      if (!trusted(event)) return;
      if (event.key === 'Tab') {
        const marks = findingMarks(doc);
        const entry = current?.isConnected ? current : null;
        rove(entry && marks.includes(entry) ? entry : null, marks);
        return;
      }
      const mark = markOf(event.target);
      if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
      const marks = findingMarks(doc);
      const id = mark.getAttribute('data-govmark-id');
      const at = marks.findIndex((m) => m.getAttribute('data-govmark-id') === id);
      const next = KEYS_NEXT.has(event.key)
        ? marks[at + 1]
        : KEYS_PREVIOUS.has(event.key)
          ? marks[at - 1]
          : event.key === 'Home'
            ? marks[0]
            : event.key === 'End'
              ? marks.at(-1)
              : undefined;
      if (!next) return;
      event.preventDefault();
      rove(next, marks);
      next.focus();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      // Leaving for another target (the arrow keys) keeps the stop, and so does leaving the window (focus comes
      // back to it); leaving the highlights within the page gives it back.
      const left = markOf(event.target) && !markOf(event.relatedTarget);
      if (left && (event.relatedTarget !== null || doc.hasFocus())) clear();
    },
    { signal },
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const mark = markOf(event.target);
      if (mark)
        current =
          findingMarks(doc).find((m) => m.getAttribute('data-govmark-id') === mark.getAttribute('data-govmark-id')) ??
          mark;
    },
    { signal },
  );
}
