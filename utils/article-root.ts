import { countCjk, hasPunctuation } from './cjk';
import type { MainText } from './main-text';
import { looksLikeArticle, looksLikeChrome } from './page-hints';
import { TextCollector } from './text-collector';
import { BLOCKS, isSkippedElement, tagOf, walkText } from './text-walk';

// A heading or caption is part of an article but says nothing about where its body is.
const NEUTRAL_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'th', 'dt', 'legend']);
// Bylines and page tools (来源：… 时间：… 责任编辑：…) sit just outside the body on most news sites.
const BYLINE = /(来源|作者|编辑|时间|日期|浏览|点击|字体|字号|打印|分享)[:：]/;

/** Junk costs more than prose earns, so a container that also holds sidebars or comments loses to the article. */
const JUNK_WEIGHT = 3;
/** A small nudge, enough to break near-ties, never enough to swallow chrome. */
const ARTICLE_BONUS = 0.01;

/** One element on the way from some text up to the body, and the Chinese characters credited to it. */
interface Tally {
  el: Element;
  tag: string;
  parent: Tally | null;
  depth: number;
  prose: number;
  junk: number;
  chrome: boolean;
  /** A link or chrome: above it, its text is chrome for every larger candidate. */
  fence: boolean;
  /** Inside a link, this element included. */
  link: boolean;
  /** The tag of the nearest block element, this one included. */
  blockTag: string | undefined;
  /** The first and last of the page's text nodes inside it. */
  first: number;
  last: number;
}

type LineKind = 'junk' | 'prose' | 'neutral';

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

/**
 * The article's root and, from the same walk, its text. One walk: each line's characters are credited up
 * a chain of tallies built once per element, and what an ancestor tells (link, chrome, nearest block) is
 * inherited rather than asked of the DOM again for every text node.
 */
export function findArticle(doc: Document): Article | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const tallies = new Map<Element, Tally>();
  // In the order elements are first credited, the order that breaks ties between equal candidates.
  const order: Tally[] = [];
  const tallyOf = (el: Element, index: number): Tally => {
    const known = tallies.get(el);
    if (known) return known;
    const fresh: Element[] = [];
    let parent: Tally | null = null;
    for (let up: Element | null = el; up; up = up === body ? null : up.parentElement) {
      parent = tallies.get(up) ?? null;
      if (parent) break;
      fresh.push(up);
    }
    const made: Tally[] = [];
    for (let i = fresh.length - 1; i >= 0; i--) {
      parent = newTally(fresh[i] as Element, parent, index);
      made.push(parent);
    }
    for (let i = made.length - 1; i >= 0; i--) {
      tallies.set((made[i] as Tally).el, made[i] as Tally);
      order.push(made[i] as Tally);
    }
    return parent as Tally;
  };

  // The line being read: its text nodes' tallies and CJK counts, its text, and its sums.
  const items: Tally[] = [];
  const counts: number[] = [];
  const parts: string[] = [];
  let lineFirst = 0;
  let cjk = 0;
  let linked = 0;
  const endLine = () => {
    if (items.length === 0) return;
    const text = parts.join('');
    const block = items[0]?.blockTag;
    const prose = cjk >= 10 && hasPunctuation(text) && !(block && NEUTRAL_BLOCKS.has(block));
    const kind: LineKind = linked * 2 > cjk || BYLINE.test(text) ? 'junk' : prose ? 'prose' : 'neutral';
    for (let k = 0; k < items.length; k++) credit(items[k] as Tally, counts[k] as number, kind, lineFirst + k);
    lineFirst += items.length;
    items.length = 0;
    counts.length = 0;
    parts.length = 0;
    cjk = 0;
    linked = 0;
  };

  const page = new TextCollector();
  const forms: Element[] = [];
  walkText(
    body,
    {
      text(node, data, parent) {
        const tally = tallyOf(parent, page.count);
        page.text(node, data);
        const n = countCjk(data);
        items.push(tally);
        counts.push(n);
        parts.push(data);
        cjk += n;
        if (tally.link) linked += n;
      },
      lineBreak() {
        page.lineBreak();
        endLine();
      },
    },
    {
      // Whole-page ASP.NET <form> wrappers are common on government sites: only a form holding prose is walked.
      skip(el, tag) {
        if (tag !== 'form') return isSkippedElement(el, tag);
        if (el.querySelectorAll('p').length < 5) return true;
        forms.push(el);
        return false;
      },
    },
  );
  endLine();

  const best = bestTally(order);
  if (!best) return null;
  const root = best.el;
  const formInside = forms.some((form) => form !== root && root.contains(form));
  return { root, main: formInside ? null : page.mainText(root, best.first, best.last) };
}

function newTally(el: Element, parent: Tally | null, index: number): Tally {
  const tag = tagOf(el);
  const chrome = looksLikeChrome(el, tag);
  return {
    el,
    tag,
    parent,
    depth: parent ? parent.depth + 1 : 1,
    prose: 0,
    junk: 0,
    chrome,
    fence: tag === 'a' || chrome,
    link: tag === 'a' || !!parent?.link,
    blockTag: BLOCKS.has(tag) ? tag : parent?.blockTag,
    first: index,
    last: index,
  };
}

/** Credits a text node's characters to its element and every ancestor up to the body. */
function credit(from: Tally, cjk: number, lineKind: LineKind, index: number): void {
  let kind = lineKind;
  for (let at: Tally | null = from; at; at = at.parent) {
    if (kind === 'prose') at.prose += cjk;
    else if (kind === 'junk') at.junk += cjk;
    at.last = index;
    if (at.fence) kind = 'junk';
  }
}

/** The highest score; of equal ones the deepest, then the first credited. Never chrome, a link or a form. */
function bestTally(tallies: readonly Tally[]): Tally | null {
  let best: Tally | null = null;
  let bestScore = 0;
  for (let t = 0; t < tallies.length; t++) {
    const tally = tallies[t] as Tally;
    const { el, tag, prose, junk, depth, fence } = tally;
    if (fence || tag === 'form') continue;
    const plain = prose - JUNK_WEIGHT * junk;
    // Only a candidate that could win with the bonus is worth asking the DOM whether it looks like an article.
    if (plain + prose * ARTICLE_BONUS < bestScore) continue;
    const score = looksLikeArticle(el, tag) ? plain + prose * ARTICLE_BONUS : plain;
    if (score > bestScore || (score === bestScore && best && depth > best.depth)) {
      if (insideChrome(tally)) continue;
      best = tally;
      bestScore = score;
    }
  }
  return best;
}

/** Whether an ancestor below the body is chrome. */
function insideChrome(tally: Tally): boolean {
  // The body itself: its ancestors have no tallies.
  if (!tally.parent) {
    for (let up = tally.el.parentElement; up; up = up.parentElement) if (looksLikeChrome(up)) return true;
    return false;
  }
  for (let up = tally.parent; up.parent; up = up.parent) if (up.chrome) return true;
  return false;
}
