// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { mainTextOf } from '../../utils/main-text';
import { HIGHLIGHT_SELECTOR, unwrapMark, unwrapMarks, wrapRun } from './highlighter';
import { spansToRuns } from './page-text';

const HTML =
  '<article><p>新增<b>20</b>个城市，增长5%左右，教育厅牵头。</p><div>第一行<br>新增就业3万人以上，财政厅</div></article><nav>导航 5%</nav>';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = HTML;
  root = document.querySelector('article') as HTMLElement;
});

function textNodes(node: Node): Text[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function highlight(needles: string[]) {
  const main = mainTextOf(root);
  const spans = needles.map((needle, i) => {
    const start = main.text.indexOf(needle);
    return {
      start,
      end: start + needle.length,
      data: { id: `f${i}`, kind: needle.includes('厅') ? 'agency' : 'target' },
    };
  });
  const marks: HTMLElement[] = [];
  for (const run of spansToRuns(main, spans)) {
    wrapRun(run, {
      attributes: (d) => ({ 'data-govmark': d.kind }),
      id: (d) => d.id,
      onMark: (m) => marks.push(m),
    });
  }
  return marks;
}

describe('wrapRun', () => {
  test('wraps exactly the given spans; the text is unchanged; data-govmark nowhere else', () => {
    const text = document.body.textContent;
    const marks = highlight(['20个', '5%左右', '教育厅', '3万人以上', '财政厅']);
    expect(document.body.textContent).toBe(text);
    const all = [...document.querySelectorAll('[data-govmark]')];
    expect(all).toEqual(marks);
    expect(all.every((m) => m.tagName === 'MARK' && !m.hasAttribute('data-markjs'))).toBe(true);
    const byId = (id: string) => marks.filter((m) => m.dataset.govmarkId === id).map((m) => m.textContent);
    // mark.js splits a finding across <b> into two marks; both carry the finding's id.
    expect(byId('f0')).toEqual(['20', '个']);
    expect(byId('f1')).toEqual(['5%左右']);
    expect(byId('f2')).toEqual(['教育厅']);
    expect(byId('f3')).toEqual(['3万人以上']);
    expect(document.querySelector('nav')?.innerHTML).toBe('导航 5%');
    expect(document.querySelectorAll(HIGHLIGHT_SELECTOR)).toHaveLength(6);
    expect(marks.map((m) => m.dataset.govmark)).toEqual(['target', 'target', 'target', 'agency', 'target', 'agency']);
  });
});

test('mark.js (across nodes) and the direct cut (one node) give the same DOM', () => {
  const make = () => {
    const p = document.createElement('p');
    p.append('增长5%左右，教育厅', Object.assign(document.createElement('b'), { textContent: '20' }), '个');
    return p;
  };
  const [direct, viaMarkJs] = [make(), make()];
  document.body.append(direct, viaMarkJs);
  const spans = [
    { start: 2, end: 6, data: 't' },
    { start: 7, end: 10, data: 'a' },
  ];
  const attrs = { attributes: (d: string) => ({ 'data-govmark': d === 't' ? 'target' : 'agency' }) };
  wrapRun({ nodes: [direct.firstChild as Text], spans }, attrs);
  wrapRun({ nodes: [viaMarkJs.firstChild as Text, viaMarkJs.querySelector('b')?.firstChild as Text], spans }, attrs);
  expect(direct.innerHTML).toBe(
    '增长<mark data-govmark="target">5%左右</mark>，<mark data-govmark="agency">教育厅</mark><b>20</b>个',
  );
  expect(direct.isEqualNode(viaMarkJs)).toBe(true);
});

describe('unwrapMark', () => {
  test('restores the page exactly and keeps the page own Text nodes live', () => {
    const clone = document.body.cloneNode(true);
    const own = textNodes(document.body);
    const marks = highlight(['20个', '5%左右', '教育厅', '3万人以上', '财政厅']);
    expect(document.body.isEqualNode(clone)).toBe(false);
    unwrapMarks(marks);
    expect(document.body.isEqualNode(clone)).toBe(true);
    expect(textNodes(document.body)).toEqual(own);
    expect(own.every((n) => n.isConnected)).toBe(true);
  });

  test.each([
    ['forward', (m: HTMLElement[]) => m],
    ['backward', (m: HTMLElement[]) => [...m].reverse()],
    ['interleaved', (m: HTMLElement[]) => [...m.filter((_, i) => i % 2), ...m.filter((_, i) => !(i % 2))]],
  ])('any order restores the page (%s)', (_, order) => {
    const clone = document.body.cloneNode(true);
    const marks = highlight([
      '新增',
      '20个',
      '城市',
      '5%左右',
      '教育厅',
      '牵头。',
      '第一行',
      '新增就业3万人以上，财政厅',
    ]);
    for (const mark of order(marks)) unwrapMark(mark);
    expect(document.body.isEqualNode(clone)).toBe(true);
  });

  test('a mark already gone is left alone', () => {
    const [mark] = highlight(['5%左右']);
    mark?.remove();
    expect(() => unwrapMark(mark as HTMLElement)).not.toThrow();
  });
});

test.each([
  ['a fresh attribute object per mark', false],
  ['one attribute object per kind', true],
])('each mark carries its own id and its kind’s attributes, in whichever document it is made: %s', (_, shared) => {
  const perKind = new Map<string, Record<string, string>>();
  const fresh = (kind: string) => ({ 'data-govmark': 'target', 'data-govmark-kind': kind, class: `govmark-${kind}` });
  const attrs = {
    attributes: (d: { id: string; kind: string }) => {
      if (!shared) return fresh(d.kind);
      if (!perKind.has(d.kind)) perKind.set(d.kind, fresh(d.kind));
      return perKind.get(d.kind) as Record<string, string>;
    },
    id: (d: { id: string }) => d.id,
  };
  for (const doc of [document, document.implementation.createHTMLDocument('other')]) {
    const p = doc.createElement('p');
    p.textContent = '增长5%左右，新增1万个，下降3%';
    doc.body.append(p);
    const spans = [
      { start: 2, end: 6, data: { id: 't1', kind: 'goal' } },
      { start: 9, end: 12, data: { id: 't2', kind: 'goal' } },
      { start: 15, end: 17, data: { id: 't3', kind: 'past' } },
    ];
    const marks: HTMLElement[] = [];
    wrapRun({ nodes: [p.firstChild as Text], spans }, { ...attrs, onMark: (m) => marks.push(m) });
    expect(
      marks.map((m) => [m.ownerDocument === doc, m.dataset.govmarkId, m.dataset.govmarkKind, m.className]),
    ).toEqual([
      [true, 't1', 'goal', 'govmark-goal'],
      [true, 't2', 'goal', 'govmark-goal'],
      [true, 't3', 'past', 'govmark-past'],
    ]);
    expect(p.textContent).toBe('增长5%左右，新增1万个，下降3%');
  }
});
