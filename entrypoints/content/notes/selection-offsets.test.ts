// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { mainTextOf } from '../../../utils/main-text';
import { rangeToOffsets } from './selection-offsets';

beforeEach(() => {
  document.body.innerHTML =
    '<nav>导航 5%</nav><article><p>今年新增<b>20</b>个城市，增长5%左右。</p><p>  第二段文字  </p></article>';
});

const article = () => document.querySelector('article') as HTMLElement;
const secondText = () => document.querySelectorAll('p')[1]?.firstChild as Text;
const textIn = (selector: string, index = 0) => document.querySelector(selector)?.childNodes[index] as Text;

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

test('a selection inside one text node gives its main-text span', () => {
  const main = mainTextOf(article());
  const node = textIn('p', 2); // 个城市，增长5%左右。
  const span = rangeToOffsets(main, range(node, 4, node, 10));
  expect(span && main.text.slice(span.start, span.end)).toBe('增长5%左右');
});

test('a selection across <b> counts the bold text once, as the page shows it', () => {
  const main = mainTextOf(article());
  const span = rangeToOffsets(main, range(textIn('p'), 2, textIn('p', 2), 3));
  expect(span && main.text.slice(span.start, span.end)).toBe('新增20个城市');
});

test('a selection across paragraphs includes the line break between them, not the edges’ spaces', () => {
  const main = mainTextOf(article());
  const second = document.querySelectorAll('p')[1]?.firstChild as Text;
  const span = rangeToOffsets(main, range(textIn('p', 2), 6, second, second.data.length));
  expect(span && main.text.slice(span.start, span.end)).toBe('5%左右。\n  第二段文字');
});

test('a selection given by element boundaries (triple click) covers the element’s words', () => {
  const main = mainTextOf(article());
  const p = document.querySelector('p') as HTMLElement;
  const span = rangeToOffsets(main, range(p, 0, p, p.childNodes.length));
  expect(span && main.text.slice(span.start, span.end)).toBe('今年新增20个城市，增长5%左右。');
});

test('a selection starting outside the article is clipped to the article', () => {
  const main = mainTextOf(article());
  const span = rangeToOffsets(main, range(textIn('nav'), 0, textIn('p'), 4));
  expect(span && main.text.slice(span.start, span.end)).toBe('今年新增');
});

test.each([
  ['outside the article', () => range(textIn('nav'), 0, textIn('nav'), 2)],
  ['collapsed', () => range(textIn('p'), 2, textIn('p'), 2)],
  ['only whitespace', () => range(secondText(), 0, secondText(), 2)],
])('a selection %s gives nothing', (_, make) => {
  expect(rangeToOffsets(mainTextOf(article()), make())).toBeNull();
});
