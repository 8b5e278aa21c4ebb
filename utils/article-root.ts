import { countCjk, countPunctuation } from './cjk';
import { isBlockElement, isSkippedElement, tagOf, walkText } from './text-walk';

// Class/id words of page chrome (English and the pinyin Chinese sites use) and of article bodies.
const CHROME_WORDS = new Set(
  (
    'nav navi navbar menu sidebar side sider aside comment comments pinglun footer foot related relate xgxw ' +
    'rank ranking paihang phb hot share fenxiang ad ads advert advertisement guanggao banner breadcrumb crumb ' +
    'position location copyright header head top topbar toolbar tools login search recommend tuijian bmdh'
  ).split(' '),
);
const ARTICLE_WORDS = new Set(
  'content article artibody text main detail body zoom ozoom editor trs ucap zhengwen zw'.split(' '),
);
// A heading or caption is part of an article but says nothing about where its body is.
const NEUTRAL_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'th', 'dt', 'legend']);
// Bylines and page tools (来源：… 时间：… 责任编辑：…) sit just outside the body on most news sites.
const BYLINE = /(来源|作者|编辑|时间|日期|浏览|点击|字体|字号|打印|分享)[:：]/;
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search']);

/** Junk costs more than prose earns, so a container that also holds sidebars or comments loses to the article. */
const JUNK_WEIGHT = 3;
/** A small nudge, enough to break near-ties, never enough to swallow chrome. */
const ARTICLE_BONUS = 0.01;

interface Tally {
  prose: number;
  junk: number;
  depth: number;
}

interface LineItem {
  data: string;
  chain: Element[];
  cjk: number;
  link: boolean;
}

/** The live element holding the page's article: most prose, least chrome. Null when nothing scores. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const tally = new Map<Element, Tally>();
  const chromeCache = new Map<Element, boolean>();
  const isChrome = (el: Element) => {
    let hit = chromeCache.get(el);
    if (hit === undefined) {
      hit = looksLikeChrome(el);
      chromeCache.set(el, hit);
    }
    return hit;
  };

  let line: LineItem[] = [];
  const endLine = () => {
    const cjk = line.reduce((n, item) => n + item.cjk, 0);
    const linked = line.reduce((n, item) => n + (item.link ? item.cjk : 0), 0);
    const text = line.map((item) => item.data).join('');
    const punct = countPunctuation(text);
    const block = line[0]?.chain.find((el) => isBlockElement(el));
    const prose = punct > 0 && cjk >= 10 && !(block && NEUTRAL_BLOCKS.has(tagOf(block)));
    const kind = linked * 2 > cjk || BYLINE.test(text) ? 'junk' : prose ? 'prose' : 'neutral';
    for (const item of line) credit(item, kind);
    line = [];
  };
  const credit = (item: LineItem, lineKind: 'junk' | 'prose' | 'neutral') => {
    let kind = lineKind;
    item.chain.forEach((el, i) => {
      let entry = tally.get(el);
      if (!entry) {
        entry = { prose: 0, junk: 0, depth: item.chain.length - i };
        tally.set(el, entry);
      }
      if (kind === 'prose') entry.prose += item.cjk;
      else if (kind === 'junk') entry.junk += item.cjk;
      // Above a link or a chrome container, its text is chrome for every larger candidate.
      if (tagOf(el) === 'a' || isChrome(el)) kind = 'junk';
    });
  };

  walkText(
    body,
    {
      text(node) {
        const chain = ancestorsOf(node, body);
        line.push({ data: node.data, chain, cjk: countCjk(node.data), link: chain.some((el) => tagOf(el) === 'a') });
      },
      lineBreak: endLine,
    },
    { skip: scoringSkip },
  );
  endLine();

  let best: Element | null = null;
  let bestScore = 0;
  let bestDepth = 0;
  for (const [el, entry] of tally) {
    if (tagOf(el) === 'a' || tagOf(el) === 'form' || isChrome(el)) continue;
    const bonus = looksLikeArticle(el) ? entry.prose * ARTICLE_BONUS : 0;
    const score = entry.prose - JUNK_WEIGHT * entry.junk + bonus;
    if (score > bestScore || (score === bestScore && best && entry.depth > bestDepth)) {
      if (insideChrome(el, body, isChrome)) continue;
      best = el;
      bestScore = score;
      bestDepth = entry.depth;
    }
  }
  return best;
}

// Whole-page ASP.NET <form> wrappers are common on government sites: only a form holding prose is walked.
function scoringSkip(el: Element): boolean {
  if (tagOf(el) === 'form') return el.querySelectorAll('p').length < 5;
  return isSkippedElement(el);
}

function ancestorsOf(node: Node, stop: Element): Element[] {
  const chain: Element[] = [];
  for (let el = node.parentElement; el; el = el.parentElement) {
    chain.push(el);
    if (el === stop) break;
  }
  return chain;
}

function insideChrome(el: Element, stop: Element, isChrome: (el: Element) => boolean): boolean {
  for (let up = el.parentElement; up && up !== stop; up = up.parentElement) if (isChrome(up)) return true;
  return false;
}

function hintWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function looksLikeChrome(el: Element): boolean {
  if (tagOf(el) === 'header') return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return hintWords(el).some((word) => CHROME_WORDS.has(word));
}

function looksLikeArticle(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'article' || tag === 'main' || el.getAttribute('role') === 'main') return true;
  if (el.getAttribute('itemprop') === 'articleBody') return true;
  return hintWords(el).some((word) => ARTICLE_WORDS.has(word));
}
