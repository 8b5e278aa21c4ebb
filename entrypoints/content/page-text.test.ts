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

describe('spansToRuns on random texts and spans', () => {
  /** A seeded generator: the same cases on every run. */
  const random = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  test.each(Array.from({ length: 200 }, (_, i) => i))('case %i: what a search of every segment finds', (seed) => {
    const next = random(seed + 1);
    const int = (n: number) => Math.floor(next() * n);
    // Text nodes, each 1-6 characters, with a made "\n" between some of them (a block or <br> boundary).
    const segments: { node: Text; start: number; end: number }[] = [];
    let text = '';
    for (let k = 0, n = 1 + int(12); k < n; k++) {
      if (k > 0 && next() < 0.5) text += '\n';
      const data = Array.from({ length: 1 + int(6) }, () => String.fromCharCode(0x4e00 + int(50))).join('');
      segments.push({ node: { data } as Text, start: text.length, end: text.length + data.length });
      text += data;
    }
    // Spans anywhere (empty, in a gap, past the end, overlapping), in any order.
    const spans = Array.from({ length: int(10) }, (_, data) => {
      const start = int(text.length + 2);
      return { start, end: start + int(6), data };
    });
    if (next() < 0.5) spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const runs = spansToRuns({ segments }, spans);
    const inside = (at: number) => segments.some((g) => g.start <= at && at < g.end);
    for (const span of spans) {
      const expected = [...text.slice(span.start, span.end)].filter((_, k) => inside(span.start + k)).join('');
      const holding = runs.filter((run) => run.spans.some((x) => x.data === span.data));
      if (expected === '') {
        expect(holding).toEqual([]);
        continue;
      }
      expect(holding).toHaveLength(1);
      const run = holding[0] as (typeof runs)[number];
      const mine = run.spans.find((x) => x.data === span.data) as (typeof run.spans)[number];
      expect(joined(run.nodes).slice(mine.start, mine.end)).toBe(expected);
    }
    // Runs take consecutive nodes and never share one.
    const used = runs.flatMap((run) => run.nodes.map((node) => segments.findIndex((g) => g.node === node)));
    expect(new Set(used).size).toBe(used.length);
    for (const run of runs) {
      const at = run.nodes.map((node) => segments.findIndex((g) => g.node === node));
      expect(at).toEqual(at.map((_, k) => (at[0] as number) + k));
    }
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
