import Mark from 'mark.js';
import type { TextRun, TextSpan } from './page-text';

/** Attribute name → value for one highlight; `data-govmark` is `target`, `agency` or (user notes) `note`. */
export type MarkAttributes = Record<string, string>;

/** The highlights this module makes for the engine's findings (user notes are not ours to remove). */
export const HIGHLIGHT_SELECTOR = 'mark[data-govmark="target"], mark[data-govmark="agency"]';

/** What each highlight of a run gets, and who is told of it. */
export interface Marking<T> {
  /**
   * The attributes marks share (`data-govmark`, class...). Return the same object for the same kind of mark:
   * its template is then found without reading the attributes again (a first pass makes ~1,500 marks).
   */
  attributes(data: T): MarkAttributes;
  /** The mark's own `data-govmark-id`, if it has one. */
  id?(data: T): string;
  onMark?(mark: HTMLElement, data: T): void;
}

/** The attribute that differs from mark to mark (a finding's id); the rest is shared by every mark of a kind. */
const ID_ATTRIBUTE = 'data-govmark-id';

/**
 * Wraps every span of a run in `<mark>` elements: one per text node the span crosses (`<b>20</b>个` gives
 * two), each given the marking's attributes and id and reported to its `onMark`. Only the run's own nodes
 * are touched.
 */
export function wrapRun<T>(run: TextRun<T>, marking: Marking<T>): void {
  if (run.nodes.length === 1) wrapInTextNode(run.nodes[0] as Text, run.spans, marking);
  else wrapAcrossNodes(run, marking);
}

// Spans crossing element boundaries: mark.js maps them onto the nodes and splits them into several marks.
function wrapAcrossNodes<T>(run: TextRun<T>, marking: Marking<T>): void {
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
      for (const [name, value] of Object.entries(marking.attributes(span.data))) mark.setAttribute(name, value);
      giveId(mark, marking, span.data);
      marking.onMark?.(mark, span.data);
    },
  });
}

/**
 * Spans inside one text node, the common case: the cuts mark.js makes ([the node, kept][mark][new tail]),
 * done directly and at once. The node keeps the text before the first mark and the rest is built apart,
 * then inserted in one go: the live page changes twice per node rather than four times per mark, about a
 * third less time on a page's first pass (and mark.js costs ~8× more per mark here).
 */
function wrapInTextNode<T>(node: Text, spans: readonly TextSpan<T>[], marking: Marking<T>): void {
  const data = node.data;
  const doc = node.ownerDocument;
  const rest = doc.createDocumentFragment();
  const marks: HTMLElement[] = [];
  const marked: T[] = [];
  let head = -1;
  let offset = 0;
  // Index loops: on a page's first pass this runs interpreted, where for…of's iterator protocol costs more.
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as TextSpan<T>;
    if (span.start < offset || span.end > data.length) continue; // overlapping or stale
    const words = data.slice(span.start, span.end);
    if (!/\S/.test(words)) continue; // as mark.js: no blank marks
    if (head < 0) head = span.start;
    else rest.appendChild(doc.createTextNode(data.slice(offset, span.start)));
    const mark = markFor(doc, marking.attributes(span.data));
    giveId(mark, marking, span.data);
    mark.appendChild(doc.createTextNode(words));
    rest.appendChild(mark);
    marks.push(mark);
    marked.push(span.data);
    offset = span.end;
  }
  if (head < 0) return;
  rest.appendChild(doc.createTextNode(data.slice(offset)));
  node.data = data.slice(0, head);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  const onMark = marking.onMark;
  if (onMark) for (let k = 0; k < marks.length; k++) onMark(marks[k] as HTMLElement, marked[k] as T);
}

/** The one attribute that differs from mark to mark, where the marking gives one. */
function giveId<T>(mark: HTMLElement, marking: Marking<T>, data: T): void {
  const id = marking.id?.(data);
  if (id !== undefined) mark.setAttribute(ID_ATTRIBUTE, id);
}

// Templates by the attribute object a caller hands back each time, and by its contents for callers that
// make a fresh object per mark.
const templatesByObject = new WeakMap<MarkAttributes, HTMLElement>();
const templates = new Map<string, HTMLElement>();

/**
 * A `<mark>` with these attributes, cloned from a template: in Chromium, cloning (and setting the id) costs
 * a third of creating the element and setting five attributes, ~10 ms on a long report's first pass.
 */
function markFor(doc: Document, attributes: MarkAttributes): HTMLElement {
  let template = templatesByObject.get(attributes);
  if (template === undefined || template.ownerDocument !== doc) {
    let key = '';
    for (const name in attributes) key += `${name}\u0000${attributes[name]}\u0001`;
    template = templates.get(key);
    if (template === undefined || template.ownerDocument !== doc) {
      template = doc.createElement('mark');
      for (const name in attributes) template.setAttribute(name, attributes[name] as string);
      templates.set(key, template);
    }
    templatesByObject.set(attributes, template);
  }
  return template.cloneNode(false) as HTMLElement;
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
