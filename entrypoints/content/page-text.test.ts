// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { mainTextOf } from '../../utils/main-text';
import { offsetAt, spansToRuns, toDomRange } from './page-text';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML =
    '<article><p>新增<b>20</b>个城市，增长5%左右。</p><div>第一行<br>第二行3万人以上</div></article>';
  root = document.querySelector('article') as HTMLElement;
});

const spanOf = (text: string, needle: string, data = needle) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length, data };
};
const joined = (nodes: Text[]) => nodes.map((n) => n.data).join('');

describe('spansToRuns', () => {
  test('a span across <b> covers both nodes, offsets over their joined data', () => {
    const main = mainTextOf(root);
    const [run, ...rest] = spansToRuns(main, [spanOf(main.text, '20个')]);
    expect(rest).toEqual([]);
    expect(run?.nodes.map((n) => n.data)).toEqual(['20', '个城市，增长5%左右。']);
    const span = run?.spans[0];
    expect(joined(run?.nodes ?? []).slice(span?.start, span?.end)).toBe('20个');
  });

  test('spans sharing a node share a run; others get their own', () => {
    const main = mainTextOf(root);
    const runs = spansToRuns(main, [
      spanOf(main.text, '5%左右'),
      spanOf(main.text, '20个'),
      spanOf(main.text, '3万人以上'),
    ]);
    expect(runs).toHaveLength(2);
    const [first, second] = runs;
    expect(first?.spans.map((s) => joined(first.nodes).slice(s.start, s.end))).toEqual(['20个', '5%左右']);
    expect(second?.spans.map((s) => joined(second.nodes).slice(s.start, s.end))).toEqual(['3万人以上']);
  });

  test('the "\\n" made at <br> and block boundaries is not counted in the page', () => {
    const main = mainTextOf(root);
    expect(main.text).toContain('第一行\n第二行');
    const [run] = spansToRuns(main, [spanOf(main.text, '行\n第二')]);
    expect(run?.nodes.map((n) => n.data)).toEqual(['第一行', '第二行3万人以上']);
    const span = run?.spans[0];
    expect(joined(run?.nodes ?? []).slice(span?.start, span?.end)).toBe('行第二');
  });

  test('a span wholly inside a gap, or empty, is dropped', () => {
    const main = mainTextOf(root);
    const gap = main.text.indexOf('\n');
    expect(spansToRuns(main, [{ start: gap, end: gap + 1, data: 0 }])).toEqual([]);
    expect(spansToRuns(main, [{ start: 3, end: 3, data: 0 }])).toEqual([]);
  });
});

describe('toDomRange / offsetAt', () => {
  test('a range reads the page text of the span, without the made line breaks', () => {
    const main = mainTextOf(root);
    const { start, end } = spanOf(main.text, '20个城市');
    expect(toDomRange(main, start, end)?.toString()).toBe('20个城市');
    const across = spanOf(main.text, '一行\n第二');
    expect(toDomRange(main, across.start, across.end)?.toString()).toBe('一行第二');
  });

  test('a DOM point inside a main-text node maps back to its offset', () => {
    const main = mainTextOf(root);
    const bold = root.querySelector('b')?.firstChild as Text;
    expect(offsetAt(main, bold, 1)).toBe(main.text.indexOf('20') + 1);
    expect(offsetAt(main, document.body, 0)).toBeNull();
  });
});
