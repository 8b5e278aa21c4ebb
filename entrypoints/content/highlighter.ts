import Mark from 'mark.js';
import type { TextRun, TextSpan } from './page-text';

/** Attribute name → value for one highlight; `data-govmark` is `target`, `agency` or (user notes) `note`. */
export type MarkAttributes = Record<string, string>;

/** The highlights this module makes for the engine's findings (user notes are not ours to remove). */
export const HIGHLIGHT_SELECTOR = 'mark[data-govmark="target"], mark[data-govmark="agency"]';

/**
 * Wraps every span of a run in `<mark>` elements: one per text node the span crosses (`<b>20</b>个` gives
 * two), each given `attributesOf(data)` and reported to `onMark`. Only the run's own nodes are touched.
 */
export function wrapRun<T>(
  run: TextRun<T>,
  attributesOf: (data: T) => MarkAttributes,
  onMark: (mark: HTMLElement, data: T) => void = () => {},
): void {
  const [only, ...more] = run.nodes;
  if (only && more.length === 0) wrapInTextNode(only, run.spans, attributesOf, onMark);
  else wrapAcrossNodes(run, attributesOf, onMark);
}

// Spans crossing element boundaries: mark.js maps them onto the nodes and splits them into several marks.
function wrapAcrossNodes<T>(
  run: TextRun<T>,
  attributesOf: (data: T) => MarkAttributes,
  onMark: (mark: HTMLElement, data: T) => void,
): void {
  // Only an index rides along: mark.js stringifies its ranges for a debug log even when logging is off.
  const ranges = run.spans.map((span, index) => ({ start: span.start, length: span.end - span.start, index }));
  // The run's text nodes themselves are the context, so mark.js counts exactly the characters we counted.
  new Mark(run.nodes as unknown as HTMLElement[]).markRanges(ranges, {
    each(element, range) {
      const mark = element as HTMLElement;
      // A page using mark.js itself would otherwise take our highlights away with its own unmark().
      mark.removeAttribute('data-markjs');
      const span = run.spans[(range as unknown as { index: number }).index];
      if (!span) return;
      for (const [name, value] of Object.entries(attributesOf(span.data))) mark.setAttribute(name, value);
      onMark(mark, span.data);
    },
  });
}

/**
 * Spans inside one text node, the common case: the cut mark.js makes ([the node, kept][mark][new tail]),
 * done directly. mark.js costs ~8× more per mark here (a NodeIterator and a navigator.userAgent read per call).
 */
function wrapInTextNode<T>(
  node: Text,
  spans: readonly TextSpan<T>[],
  attributesOf: (data: T) => MarkAttributes,
  onMark: (mark: HTMLElement, data: T) => void,
): void {
  let rest = node;
  let offset = 0;
  for (const span of spans) {
    if (span.start < offset || span.end - offset > rest.data.length) continue; // overlapping or stale
    if (!/\S/.test(rest.data.slice(span.start - offset, span.end - offset))) continue; // as mark.js: no blank marks
    const middle = rest.splitText(span.start - offset);
    const tail = middle.splitText(span.end - span.start);
    const mark = node.ownerDocument.createElement('mark');
    for (const [name, value] of Object.entries(attributesOf(span.data))) mark.setAttribute(name, value);
    middle.replaceWith(mark);
    mark.append(middle);
    onMark(mark, span.data);
    rest = tail;
    offset = span.end;
  }
}

/**
 * Removes one highlight and joins its text back into the text node it was cut from, so the page's own
 * Text node stays the live one (mark.js's unmark() normalizes the parent, which would replace nodes).
 * mark.js always leaves the cut node before the mark and a new tail node after it, both maybe empty.
 */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  const first = mark.firstChild;
  let last = mark.lastChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
  if (isText(before) && (first === null || isText(first))) {
    if (first) {
      before.appendData(first.data);
      first.remove();
    }
    if (last === first) last = before;
  }
  if (isText(last) && isText(after)) {
    last.appendData(after.data);
    after.remove();
  }
}

/** Removes every given highlight (any order gives the same page). */
export function unwrapMarks(marks: Iterable<Element>): void {
  for (const mark of marks) unwrapMark(mark);
}

function isText(node: Node | null): node is Text {
  return node?.nodeType === 3;
}
