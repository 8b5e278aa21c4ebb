import { WalkedText } from './walked-text';

// DOM-agnostic on purpose: node types and tag names only, so the same code runs in the page and on linkedom in Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Block elements: each starts and ends a line.
const BLOCK_TAGS =
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
  'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody ' +
  'td tfoot th thead tr ul';
// Phrasing elements: whitespace beside them is a real space between words; beside anything else it is layout.
const INLINE_TAGS =
  'a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt ruby s samp ' +
  'small span strike strong sub sup time tt u var';
/** Never analysed, even inside the article: code, form controls, page chrome and GovMark's own UI. */
const SKIPPED_TAGS =
  'aside audio button canvas embed footer form head iframe input math nav noscript object script select style svg ' +
  'template textarea video';

// What a tag is, as bits, so the walk asks one map once per element rather than three sets.
const BLOCK = 1;
const INLINE = 2;
const SKIPPED = 4;
const KINDS = tagKinds();

function tagKinds(): Map<string, number> {
  // Known, and none of the three: the commonest of the rest, so the walk need not lower-case their names.
  const kinds = new Map<string, number>([
    ['br', 0],
    ['img', 0],
  ]);
  for (const [tags, bit] of [
    [BLOCK_TAGS, BLOCK],
    [INLINE_TAGS, INLINE],
    [SKIPPED_TAGS, SKIPPED],
  ] as const) {
    for (const tag of tags.split(' ')) kinds.set(tag, (kinds.get(tag) ?? 0) | bit);
  }
  return kinds;
}

const kindOf = (tag: string) => KINDS.get(tag) ?? 0;
const isInlineTag = (tag: string) => (kindOf(tag) & INLINE) !== 0;

export function tagOf(el: Element): string {
  return (el.localName || el.tagName).toLowerCase();
}

const DISPLAY_NONE = /display\s*:\s*none/i;

/** True when nothing inside `el` belongs to the main text; `attributes`: whether `el` has any, if known. */
export function isSkippedElement(el: Element, tag = tagOf(el), attributes = el.hasAttributes()): boolean {
  const kind = kindOf(tag);
  if (kind & SKIPPED || (kind === 0 && tag.startsWith('govmark-'))) return true;
  // Most elements carry no attributes at all: one call settles them.
  return attributes && isSkippedByAttributes(el);
}

function isSkippedByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('data-govmark-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Only the inline style: computed styles do not exist on a Node-side DOM.
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

export interface WalkOptions<T> {
  /** Walks into an element the rules skip when this says so (e.g. a `<form>` wrapping a whole ASP.NET page). */
  walkInto?: (el: Element, tag: string) => boolean;
  /**
   * Makes a record of each element entered, the root's first (its parent null), with what the walk read of it;
   * `WalkedText.elements` keeps them in document order and `WalkedText.holders` each text node's parent's.
   */
  element?: (el: Element, tag: string, block: boolean, attributes: boolean, parent: T | null) => T;
}

/**
 * Reads the text nodes under `root` in document order, with the line breaks between them. One function
 * does all of it, for a page's first pass runs it cold, where every call and every object counts; each DOM
 * property it needs is read once per node and handed on.
 */
export function walkText<T = never>(root: Element, options: WalkOptions<T> = {}): WalkedText<T> {
  const out = new WalkedText<T>();
  const { parts, nodes, data: texts, starts, ends, lines, holders, elements } = out;
  const { walkInto, element } = options;
  let length = 0;
  let pendingBreak = false;
  const rootTag = tagOf(root);
  const rootKind = kindOf(rootTag);
  // The record of the element whose children are being read.
  let holder = element ? element(root, rootTag, (rootKind & BLOCK) !== 0, root.hasAttributes(), null) : null;
  if (element) elements.push(holder as T);
  const add = (node: Text, data: string, at: T | null): void => {
    // A break is only ever made between two pieces of text.
    if (length === 0 || pendingBreak) {
      if (length > 0) {
        parts.push('\n');
        length += 1;
      }
      lines.push(nodes.length);
    }
    pendingBreak = false;
    parts.push(data);
    texts.push(data);
    nodes.push(node);
    starts.push(length);
    length += data.length;
    ends.push(length);
    if (element) holders.push(at as T);
  };
  // Whitespace after a block start or end is layout, unless inline content comes right after it. What comes
  // after is the next node the walk reads (looking beside inline parents), so the whitespace waits for it
  // rather than asking the DOM ahead. Deciding by the neighbours (not by the position in the output) keeps
  // the text stable when a highlight later splits a text node.
  let waiting: Text | null = null;
  let waitingData = '';
  let waitingHolder: T | null = null;
  // Inline content came next: the whitespace waiting was text.
  const settle = (): void => {
    add(waiting as Text, waitingData, waitingHolder);
    waiting = null;
  };
  // `inlineBefore`: whether inline content (text, or an inline element that is walked) comes right before
  // the next node, looking beside inline parents. Kept as the walk goes rather than asked of the DOM again.
  const visit = (parent: Element, inlineBefore: boolean): void => {
    let inline = inlineBefore;
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        if (waiting) settle();
        const data = (node as Text).data;
        if (data.length > 0) {
          // Not only whitespace, as `\S` means it: `trim` removes the same (and costs no regex compile).
          if (inline || data.trim().length > 0) {
            add(node as Text, data, holder);
          } else {
            waiting = node as Text;
            waitingData = data;
            waitingHolder = holder;
          }
        }
        inline = true;
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        // Lower-cased names are the map's: only an unknown name needs lower-casing to be sure.
        let tag = el.localName;
        let kind = KINDS.get(tag);
        if (kind === undefined) {
          tag = tagOf(el);
          kind = KINDS.get(tag) ?? 0;
        }
        const hasAttributes = el.hasAttributes();
        const skipped =
          (kind & SKIPPED ||
            (kind === 0 && tag.startsWith('govmark-')) ||
            (hasAttributes && isSkippedByAttributes(el))) &&
          !walkInto?.(el, tag);
        const isInline = (kind & INLINE) !== 0;
        if (waiting) {
          if (isInline && !skipped) settle();
          else waiting = null;
        }
        if (skipped) {
          inline = false;
          continue;
        }
        if (tag === 'br') {
          pendingBreak = true;
          inline = false;
          continue;
        }
        const block = (kind & BLOCK) !== 0;
        if (block) pendingBreak = true;
        if (element) {
          const outer = holder;
          holder = element(el, tag, block, hasAttributes, outer);
          elements.push(holder);
          visit(el, isInline && inline);
          holder = outer;
        } else {
          visit(el, isInline && inline);
        }
        // Beside a parent that is not inline, whitespace waiting at its end was layout.
        if (!isInline) waiting = null;
        if (block) pendingBreak = true;
        inline = isInline;
      }
      // Comments and processing instructions are transparent.
    }
  };
  const skip = (el: Element, tag: string) => isSkippedElement(el, tag) && !walkInto?.(el, tag);
  visit(root, (rootKind & INLINE) !== 0 && isInlineNeighbour(root, 'previousSibling', skip));
  if (waiting && (rootKind & INLINE) !== 0 && isInlineNeighbour(root, 'nextSibling', skip)) settle();
  return out;
}

/** Whether nothing inside `el` (whose tag is `tag`) is walked. */
type SkipRule = (el: Element, tag: string) => boolean;

/** Whether inline content is right beside `node`, looking beside inline parents, as the walk would read it. */
function isInlineNeighbour(node: Node, step: 'previousSibling' | 'nextSibling', skip: SkipRule): boolean {
  let at: Node = node;
  for (;;) {
    let sibling = at[step];
    // At the edge of an inline parent (say a <mark> we wrapped around the whitespace), look beside the parent.
    while (!sibling) {
      const parent = at.parentNode;
      if (parent?.nodeType !== ELEMENT_NODE || !isInlineTag(tagOf(parent as Element))) return false;
      at = parent;
      sibling = at[step];
    }
    const type = sibling.nodeType;
    if (type === TEXT_NODE) return true;
    if (type === ELEMENT_NODE) {
      const tag = tagOf(sibling as Element);
      return isInlineTag(tag) && !skip(sibling as Element, tag);
    }
    at = sibling; // comments and processing instructions are transparent
  }
}
