import { countCjk, hasPunctuation } from './cjk';
import type { MainText } from './main-text';
import { looksLikeArticle, looksLikeChrome } from './page-hints';
import { walkText } from './text-walk';
import type { WalkedText } from './walked-text';

// A heading or caption is part of an article but says nothing about where its body is.
const NEUTRAL_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'th', 'dt', 'legend']);
// Bylines and page tools (来源：… 时间：… 责任编辑：…) sit just outside the body on most news sites.
const BYLINE = /(来源|作者|编辑|时间|日期|浏览|点击|字体|字号|打印|分享)[:：]/;

/** Junk costs more than prose earns, so a container that also holds sidebars or comments loses to the article. */
const JUNK_WEIGHT = 3;
/** A small nudge, enough to break near-ties, never enough to swallow chrome. */
const ARTICLE_BONUS = 0.01;

export interface Article {
  root: Element;
  /**
   * The root's main text, cut from the page's text as the scoring walk read it; null where that could
   * differ from a walk of the root alone (a form inside the root: scoring reads big forms, main text never).
   */
  main: MainText | null;
}

/** The live element holding the page's article: most prose, least chrome. Null when nothing scores. */
export function findArticleRoot(doc: Document): Element | null {
  return findArticle(doc)?.root ?? null;
}

/** One element the walk entered, what it is, and the Chinese characters credited to it. */
interface Tally {
  el: Element;
  tag: string;
  parent: Tally | null;
  depth: number;
  attributes: boolean;
  prose: number;
  junk: number;
  /** Characters of neutral lines: nothing where they are, but junk above a fence. */
  neutral: number;
  chrome: boolean;
  /** A link or chrome: above it, its text is chrome for every larger candidate. */
  fence: boolean;
  /** Inside a link, this element included. */
  link: boolean;
  /** The tag of the nearest block element, this one included. */
  blockTag: string | undefined;
  /** The first and last of the page's text nodes inside it; -1 while none. */
  first: number;
  last: number;
}

/**
 * The article's root and, from the same walk, its text. Each line's characters are credited to the elements
 * holding its text nodes; then each element, last to first, has its final sums (it comes after everything
 * inside it), is weighed as a candidate, and hands its sums to its parent, where what a line counts for
 * (prose, junk or neutral) turns to junk above a link or chrome. That is the credit of every text node up to
 * the body, in one step per element rather than one per text node and ancestor.
 */
export function findArticle(doc: Document): Article | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const forms: Element[] = [];
  const page = walkText(body, {
    // Whole-page ASP.NET <form> wrappers are common on government sites: only a form holding prose is walked.
    walkInto(el, tag) {
      if (tag !== 'form' || el.querySelectorAll('p').length < 5) return false;
      forms.push(el);
      return true;
    },
    element: newTally,
  });
  creditLines(page);
  const best = bestTally(page.elements);
  if (!best) return null;
  const root = best.el;
  const formInside = forms.some((form) => form !== root && root.contains(form));
  return { root, main: formInside ? null : page.mainText(root, best.first, best.last) };
}

function newTally(el: Element, tag: string, block: boolean, attributes: boolean, parent: Tally | null): Tally {
  // Without attributes only the tag tells, and <header> is the one tag that does.
  const chrome = (attributes || tag === 'header') && looksLikeChrome(el, tag, attributes);
  return {
    el,
    tag,
    parent,
    depth: parent ? parent.depth + 1 : 1,
    attributes,
    prose: 0,
    junk: 0,
    neutral: 0,
    chrome,
    fence: tag === 'a' || chrome,
    link: tag === 'a' || !!parent?.link,
    blockTag: block ? tag : parent?.blockTag,
    first: -1,
    last: -1,
  };
}

/**
 * Credits each line's characters to the elements holding its text nodes directly. A line's text is its one
 * node's data, or cut from the page's text, never joined again.
 */
function creditLines(page: WalkedText<Tally>): void {
  const { holders, starts, ends, data, lines } = page;
  const counts: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const start = lines[l] as number;
    const next = l + 1 < lines.length ? (lines[l + 1] as number) : holders.length;
    let cjk = 0;
    let linked = 0;
    for (let k = start; k < next; k++) {
      const holder = holders[k] as Tally;
      if (holder.first < 0) holder.first = k;
      holder.last = k;
      const c = countCjk(data[k] as string);
      counts[k - start] = c;
      cjk += c;
      if (holder.link) linked += c;
    }
    // Without a Chinese character a line credits nothing, whatever it is.
    if (cjk === 0) continue;
    let kind: LineKind = 'junk';
    if (linked * 2 <= cjk) {
      const line =
        next - start === 1 ? (data[start] as string) : page.joinedText().slice(starts[start], ends[next - 1]);
      const block = (holders[start] as Tally).blockTag;
      if (BYLINE.test(line)) kind = 'junk';
      else if (cjk >= 10 && !(block && NEUTRAL_BLOCKS.has(block)) && hasPunctuation(line)) kind = 'prose';
      else kind = 'neutral';
    }
    for (let k = start; k < next; k++) (holders[k] as Tally)[kind] += counts[k - start] as number;
  }
}

type LineKind = 'prose' | 'junk' | 'neutral';

/**
 * Last to first, each element's sums are final when it comes: it is weighed, then hands them to its parent.
 * The highest score; of equal ones the deepest, then the first. Never chrome, a link or a form, nor inside
 * chrome. Null when nothing scores.
 */
function bestTally(tallies: readonly Tally[]): Tally | null {
  let best: Tally | null = null;
  let bestScore = 0;
  for (let t = tallies.length - 1; t >= 0; t--) {
    const tally = tallies[t] as Tally;
    const { prose, junk, parent } = tally;
    // Without prose no score is above zero.
    if (prose > 0 && !tally.fence && tally.tag !== 'form') {
      const plain = prose - JUNK_WEIGHT * junk;
      // Only a candidate that could win with the bonus is worth asking the DOM whether it looks like an article.
      if (plain + prose * ARTICLE_BONUS >= bestScore) {
        const score = looksLikeArticle(tally.el, tally.tag, tally.attributes) ? plain + prose * ARTICLE_BONUS : plain;
        // Coming last to first, an equal score at an equal depth is an earlier element: it wins.
        const wins = score > bestScore || (score === bestScore && best !== null && tally.depth >= best.depth);
        if (wins && !insideChrome(tally)) {
          best = tally;
          bestScore = score;
        }
      }
    }
    if (!parent) continue;
    if (tally.fence) {
      parent.junk += prose + junk + tally.neutral;
    } else {
      parent.prose += prose;
      parent.junk += junk;
      parent.neutral += tally.neutral;
    }
    if (tally.first < 0) continue;
    if (parent.first < 0 || tally.first < parent.first) parent.first = tally.first;
    if (tally.last > parent.last) parent.last = tally.last;
  }
  return best;
}

/** Whether an ancestor below the body is chrome. */
function insideChrome(tally: Tally): boolean {
  // The body itself: its ancestors were not walked.
  if (!tally.parent) {
    for (let up = tally.el.parentElement; up; up = up.parentElement) if (looksLikeChrome(up)) return true;
    return false;
  }
  for (let up = tally.parent; up.parent; up = up.parent) if (up.chrome) return true;
  return false;
}
