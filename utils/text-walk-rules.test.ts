import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { mainTextOf } from './main-text';
import { isSkippedElement, tagOf } from './text-walk';

// The walk's rules read straight off the DOM, node by node, slowly: an oracle for the one-pass walk, which keeps
// what comes before as it goes and lets whitespace wait for the node after it instead of asking the DOM.
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary ' +
    'table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const INLINE = new Set(['a', 'b', 'em', 'font', 'i', 'mark', 'span', 'strong', 'sub']);

function inlineBeside(node: Node, step: 'previousSibling' | 'nextSibling'): boolean {
  let at = node;
  for (;;) {
    let sibling = at[step];
    while (!sibling) {
      const parent = at.parentNode;
      if (parent?.nodeType !== 1 || !INLINE.has(tagOf(parent as Element))) return false;
      at = parent;
      sibling = at[step];
    }
    if (sibling.nodeType === 3) return true;
    if (sibling.nodeType === 1) return INLINE.has(tagOf(sibling as Element)) && !isSkippedElement(sibling as Element);
    at = sibling;
  }
}

function oracleText(root: Element): string {
  const out: string[] = [];
  let pendingBreak = false;
  const visit = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        const layout = !/\S/.test(data) && !inlineBeside(node, 'previousSibling') && !inlineBeside(node, 'nextSibling');
        if (data.length === 0 || layout) continue;
        if (pendingBreak && out.length > 0) out.push('\n');
        pendingBreak = false;
        out.push(data);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (isSkippedElement(el)) continue;
        const block = BLOCK.has(tagOf(el)) || tagOf(el) === 'br';
        if (block) pendingBreak = true;
        visit(el);
        if (block) pendingBreak = true;
      }
    }
  };
  visit(root);
  return out.join('');
}

const html: fc.Memo<string> = fc.memo((depth) =>
  fc
    .array(
      depth <= 1
        ? fc.constantFrom('甲', '乙丙', ' ', '\n  ', '', '<br>', '<!-- c -->', '<img>')
        : fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom('甲', '乙丙', ' ', '\n  ', '<br>', '<!-- c -->', '<img>') },
            {
              weight: 2,
              arbitrary: fc
                .tuple(
                  fc.constantFrom('p', 'div', 'li', 'span', 'b', 'a', 'font', 'x-y', 'script', 'nav', 'govmark-x'),
                  fc.constantFrom('', '', ' class="c"', ' hidden', ' style="display: none"', ' aria-hidden="true"'),
                  html(depth - 1),
                )
                .map(([tag, attributes, inner]) => `<${tag}${attributes}>${inner}</${tag}>`),
            },
          ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join('')),
);

test('the one-pass walk gives the text the rules give, whitespace and breaks included', () => {
  fc.assert(
    fc.property(html(4), fc.constantFrom('div', 'span'), (inner, rootTag) => {
      const { document } = parseHTML(
        `<!DOCTYPE html><html><body><b>前</b><${rootTag} id="root">${inner}</${rootTag}> <i>后</i></body></html>`,
      );
      const root = document.getElementById('root') as unknown as Element;
      expect(mainTextOf(root).text).toBe(oracleText(root));
    }),
    { numRuns: 2000 },
  );
});
