// DOM-agnostic on purpose: node types and tag names only, so the same code runs in the page and on linkedom in Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// Phrasing elements: whitespace beside them is a real space between words; beside anything else it is layout.
const INLINE = new Set(
  (
    'a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt ruby s samp ' +
    'small span strike strong sub sup time tt u var'
  ).split(' '),
);

/** Never analysed, even inside the article: code, form controls, page chrome and GovMark's own UI. */
const SKIPPED = new Set([
  'aside',
  'audio',
  'button',
  'canvas',
  'embed',
  'footer',
  'form',
  'head',
  'iframe',
  'input',
  'math',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

export function tagOf(el: Element): string {
  return (el.localName || el.tagName).toLowerCase();
}

/** True when nothing inside `el` belongs to the main text. */
export function isSkippedElement(el: Element, tag = tagOf(el)): boolean {
  if (SKIPPED.has(tag) || tag.startsWith('govmark-')) return true;
  // Most elements carry no attributes at all: one call settles them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-govmark-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Only the inline style: computed styles do not exist on a Node-side DOM.
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

export interface TextVisitor {
  /**
   * A text node, its data and its parent. Each DOM property read costs a call into the browser (micro-
   * seconds while the page's scripts are still cold), so the walk reads them once and hands them on.
   */
  text(node: Text, data: string, parent: Element): void;
  /** A block boundary or a `<br>`; may come several times in a row. */
  lineBreak(): void;
}

/** Whether nothing inside `el` (whose tag is `tag`) is walked. */
export type SkipRule = (el: Element, tag: string) => boolean;

export interface WalkOptions {
  /** Overrides the skip rule for one element (e.g. a `<form>` wrapping a whole ASP.NET page). */
  skip?: SkipRule;
}

/** Visits the text nodes under `root` in document order, with the line breaks between them. */
export function walkText(root: Element, visitor: TextVisitor, options: WalkOptions = {}): void {
  const skip = options.skip ?? isSkippedElement;
  // `inlineBefore`: whether inline content (text, or an inline element that is walked) comes right before
  // the next node, looking beside inline parents. Kept as the walk goes rather than asked of the DOM again.
  const visit = (parent: Element, inlineBefore: boolean): void => {
    let inline = inlineBefore;
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0 && (inline || !isLayoutWhitespace(node, data, skip))) {
          visitor.text(node as Text, data, parent);
        }
        inline = true;
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const tag = tagOf(el);
        if (skip(el, tag)) {
          inline = false;
          continue;
        }
        if (tag === 'br') {
          visitor.lineBreak();
          inline = false;
          continue;
        }
        const block = BLOCKS.has(tag);
        const isInline = INLINE.has(tag);
        if (block) visitor.lineBreak();
        visit(el, isInline && inline);
        if (block) visitor.lineBreak();
        inline = isInline;
      }
      // Comments and processing instructions are transparent.
    }
  };
  visit(root, INLINE.has(tagOf(root)) && isInlineNeighbour(root, 'previousSibling', skip));
}

// Source-formatting whitespace between blocks carries no text. Deciding by the neighbours (not by the
// position in the output) keeps the text stable when a highlight later splits a text node. The walk knows
// what came before; this reads what comes after.
function isLayoutWhitespace(node: Node, data: string, skip: SkipRule): boolean {
  return !/\S/.test(data) && !isInlineNeighbour(node, 'nextSibling', skip);
}

function isInlineNeighbour(node: Node, step: 'previousSibling' | 'nextSibling', skip: SkipRule): boolean {
  let at: Node = node;
  for (;;) {
    let sibling = at[step];
    // At the edge of an inline parent (say a <mark> we wrapped around the whitespace), look beside the parent.
    while (!sibling) {
      const parent = at.parentNode;
      if (parent?.nodeType !== ELEMENT_NODE || !INLINE.has(tagOf(parent as Element))) return false;
      at = parent;
      sibling = at[step];
    }
    const type = sibling.nodeType;
    if (type === TEXT_NODE) return true;
    if (type === ELEMENT_NODE) {
      const tag = tagOf(sibling as Element);
      return INLINE.has(tag) && !skip(sibling as Element, tag);
    }
    at = sibling; // comments and processing instructions are transparent
  }
}
