import { findArticle } from './article-root';
import { hasCjk } from './cjk';
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
  const article = findArticle(doc);
  if (!article) return null;
  const main = article.main ?? mainTextOf(article.root);
  return hasCjk(main.text, MIN_CJK_CHARS) ? main : null;
}

/** The text nodes under `root` in order, data verbatim, one "\n" at each block or `<br>` boundary between them. */
export function mainTextOf(root: Element): MainText {
  return walkText(root).mainText(root);
}
