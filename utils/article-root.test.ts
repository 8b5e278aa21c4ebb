import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { findArticleRoot } from './article-root';
import { extractMainText } from './main-text';

const PROSE =
  '今年发展主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。';
const para = (n: number) => Array.from({ length: n }, () => `<p>${PROSE}</p>`).join('\n');
const doc = (body: string) =>
  parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;
const rootId = (body: string) => findArticleRoot(doc(body))?.id;

test('the article beats a wrapper that also holds comments', () => {
  const comments = `<div class="comment-list">${para(3)}</div>`;
  expect(rootId(`<div id="wrap" class="content-wrap"><div id="art">${para(8)}</div>${comments}</div>`)).toBe('art');
});

test('posted comments without chrome hints still cost their container the win when they are links', () => {
  const related = `<ul>${Array.from({ length: 12 }, () => `<li><a href="#">${PROSE}</a></li>`).join('')}</ul>`;
  expect(rootId(`<div id="wrap"><div id="art">${para(6)}</div>${related}</div>`)).toBe('art');
});

test('a whole-page ASP.NET form is walked, a comment form is not', () => {
  const page = `<form id="aspnetForm"><div id="art">${para(8)}</div><form id="c"><textarea>${PROSE}</textarea></form></form>`;
  expect(rootId(page)).toBe('art');
});

test('a sidebar of prose with a chrome class is never the root, nor anything inside it', () => {
  const body = `<div class="sidebar"><div id="inner">${para(10)}</div></div><div id="art">${para(5)}</div>`;
  expect(rootId(body)).toBe('art');
});

test('<header> and [role=navigation] count as chrome', () => {
  const body = `<header id="h">${para(10)}</header><div role="navigation">${para(10)}</div><div id="art">${para(4)}</div>`;
  expect(rootId(body)).toBe('art');
});

test('of two equal candidates the tighter one wins', () => {
  expect(rootId(`<div id="outer"><h1>政府工作报告</h1><div id="art">${para(6)}</div></div>`)).toBe('art');
});

test('of equal candidates at the same depth the first in the page wins', () => {
  const links = `<ul>${Array.from({ length: 4 }, () => `<li><a href="#">${PROSE}</a></li>`).join('')}</ul>`;
  expect(rootId(`<div id="wrap"><div id="a">${para(5)}</div>${links}<div id="b">${para(5)}</div></div>`)).toBe('a');
  expect(rootId(`<div id="wrap">${links}<div id="a">${para(5)}</div><div id="b">${para(5)}</div>${links}</div>`)).toBe(
    'a',
  );
});

test('lines that are neither prose nor junk count as junk above chrome', () => {
  // Headings without punctuation: neutral in the sidebar, junk for the wrapper, whose article class would
  // otherwise win it the tie with the article.
  const headings = Array.from({ length: 8 }, () => '<h3>政府工作报告解读专题</h3>').join('');
  const body = `<div id="wrap" class="content"><div id="art">${para(5)}</div><div class="sidebar">${headings}</div></div>`;
  expect(rootId(body)).toBe('art');
});

test('one big paragraph with <br> lines can be the root', () => {
  const big = Array.from({ length: 6 }, () => PROSE).join('<br>');
  expect(rootId(`<div id="wrap"><p id="art">${big}</p><div class="share"><a href="#">分享到微信</a></div></div>`)).toBe(
    'art',
  );
});

test('no main text on a page without enough Chinese prose', () => {
  expect(extractMainText(doc(`<div>${para(1)}</div>`))).toBeNull();
  expect(extractMainText(doc('<nav><a href="#">首页</a></nav><p>Hello world, nothing here.</p>'))).toBeNull();
  expect(extractMainText(doc(`<div>${para(5)}</div>`))).not.toBeNull();
});
