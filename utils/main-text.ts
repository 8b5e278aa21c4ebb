import { findArticleRoot } from './article-root';
import { countCjk } from './cjk';
import { walkText } from './text-walk';

/** One live text node and where its data sits in the main text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface MainText {
  root: Element;
  text: string;
  segments: TextSegment[];
}

/** Below this many CJK characters a page has no article worth analysing. */
export const MIN_CJK_CHARS = 200;

/** The page's article: its live root, its text, and the text nodes behind every offset. */
export function extractMainText(doc: Document): MainText | null {
  const root = findArticleRoot(doc);
  if (!root) return null;
  const main = mainTextOf(root);
  return countCjk(main.text) >= MIN_CJK_CHARS ? main : null;
}

/** The text nodes under `root` in order, data verbatim, one "\n" at each block or `<br>` boundary between them. */
export function mainTextOf(root: Element): MainText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  walkText(root, {
    text(node) {
      // Inserted lazily, so the text never starts or ends with a break we made and never holds two in a row.
      if (pendingBreak && length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      parts.push(node.data);
      segments.push({ node, start: length, end: length + node.data.length });
      length += node.data.length;
    },
    lineBreak() {
      pendingBreak = true;
    },
  });
  return { root, text: parts.join(''), segments };
}
