// DOM-agnostic on purpose: node types and tag names only, so the same code runs in the page and on linkedom in Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCKS = new Set([
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

export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(tagOf(el));
}

/** True when nothing inside `el` belongs to the main text. */
export function isSkippedElement(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIPPED.has(tag) || tag.startsWith('govmark-')) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-govmark-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Only the inline style: computed styles do not exist on a Node-side DOM.
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

export interface TextVisitor {
  text(node: Text): void;
  /** A block boundary or a `<br>`; may come several times in a row. */
  lineBreak(): void;
}

export interface WalkOptions {
  /** Overrides the skip rule for one element (e.g. a `<form>` wrapping a whole ASP.NET page). */
  skip?: (el: Element) => boolean;
}

/** Visits the text nodes under `root` in document order, with the line breaks between them. */
export function walkText(root: Element, visitor: TextVisitor, options: WalkOptions = {}): void {
  const skip = options.skip ?? isSkippedElement;
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0 && !isDroppableWhitespace(node as Text, skip)) visitor.text(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (skip(el)) continue;
        const tag = tagOf(el);
        if (tag === 'br') {
          visitor.lineBreak();
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) visitor.lineBreak();
        visit(el);
        if (block) visitor.lineBreak();
      }
    }
  };
  visit(root);
}

// Source-formatting whitespace between blocks carries no text. Deciding by the neighbours (not by the
// position in the output) keeps the text stable when a highlight later splits a text node.
function isDroppableWhitespace(node: Text, skip: (el: Element) => boolean): boolean {
  if (/\S/.test(node.data)) return false;
  return !isInlineNeighbour(node, 'previousSibling', skip) && !isInlineNeighbour(node, 'nextSibling', skip);
}

function isInlineNeighbour(
  node: Node,
  step: 'previousSibling' | 'nextSibling',
  skip: (el: Element) => boolean,
): boolean {
  let at: Node = node;
  for (;;) {
    let sibling = at[step];
    // At the edge of an inline parent (say a <mark> we wrapped around the whitespace), look beside the parent.
    while (!sibling && at.parentNode?.nodeType === ELEMENT_NODE && INLINE.has(tagOf(at.parentNode as Element))) {
      at = at.parentNode;
      sibling = at[step];
    }
    if (!sibling) return false;
    if (sibling.nodeType === TEXT_NODE) return true;
    if (sibling.nodeType === ELEMENT_NODE) return !skip(sibling as Element) && INLINE.has(tagOf(sibling as Element));
    at = sibling; // comments and processing instructions are transparent
  }
}
