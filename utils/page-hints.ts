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
export function looksLikeChrome(el: Element, tag = tagOf(el)): boolean {
  if (tag === 'header') return true;
  // Most elements carry no attributes at all: one call into the DOM settles them.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return hintWords(el).some((word) => CHROME_WORDS.has(word));
}

/** What the element's tag, role, class and id say: an article body. */
export function looksLikeArticle(el: Element, tag = tagOf(el)): boolean {
  if (tag === 'article' || tag === 'main') return true;
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('role') === 'main') return true;
  if (el.getAttribute('itemprop') === 'articleBody') return true;
  return hintWords(el).some((word) => ARTICLE_WORDS.has(word));
}

function hintWords(el: Element): string[] {
  const className = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!className && !id) return [];
  return `${className ?? ''} ${id ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
