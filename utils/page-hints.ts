import { tagOf } from './text-walk';

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
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search']);

/** What the element's tag, role, class and id say: page chrome (menus, sidebars, comments, footers). */
export function looksLikeChrome(el: Element, tag = tagOf(el), attributes = el.hasAttributes()): boolean {
  if (tag === 'header') return true;
  // Most elements carry no attributes at all: the walk has asked already, or one call into the DOM settles it.
  if (!attributes) return false;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return hasHintWord(el, CHROME_WORDS);
}

/** What the element's tag, role, class and id say: an article body. */
export function looksLikeArticle(el: Element, tag = tagOf(el), attributes = el.hasAttributes()): boolean {
  if (tag === 'article' || tag === 'main') return true;
  if (!attributes) return false;
  if (el.getAttribute('role') === 'main') return true;
  if (el.getAttribute('itemprop') === 'articleBody') return true;
  return hasHintWord(el, ARTICLE_WORDS);
}

/**
 * Whether a word of the class and id is one of `words`. A word is a run of letters and digits, cut where a
 * lower-case letter meets an upper-case one (`hotNews`), compared lower-cased.
 */
function hasHintWord(el: Element, words: ReadonlySet<string>): boolean {
  const className = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!className && !id) return false;
  const hints = `${className ?? ''} ${id ?? ''}`;
  // A page's first pass reads these for every element with attributes: a loop costs less there than the
  // regexes, which are kept for the rare class or id beyond ASCII (lower-casing may change their length,
  // so `lower` keeps the indices of `hints` only up to the first such character).
  const lower = hints.toLowerCase();
  let start = -1;
  for (let i = 0; i <= hints.length; i++) {
    const code = i < hints.length ? hints.charCodeAt(i) : 32;
    if (code > 127) return hintWords(hints).some((word) => words.has(word));
    const isUpper = code >= 65 && code <= 90;
    const inWord = isLower(code) || isUpper || (code >= 48 && code <= 57);
    const camel = isUpper && start >= 0 && isLower(hints.charCodeAt(i - 1));
    if (start >= 0 && (!inWord || camel)) {
      if (words.has(lower.slice(start, i))) return true;
      start = -1;
    }
    if (inWord && start < 0) start = i;
  }
  return false;
}

const isLower = (code: number) => code >= 97 && code <= 122;

function hintWords(hints: string): string[] {
  return hints
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
