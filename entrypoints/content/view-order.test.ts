import { describe, expect, test } from 'vitest';
import type { TextRun } from './page-text';
import { splitByView } from './view-order';

const HEIGHT = 800;
const view = { innerHeight: HEIGHT } as Window;

/** Paragraphs at these tops (100 px tall, relative to the viewport), each with `perParagraph` runs; counts box reads. */
function layout(tops: number[], perParagraph = 1) {
  let reads = 0;
  const runs: TextRun<number>[] = [];
  tops.forEach((top, p) => {
    const parentElement = {
      getBoundingClientRect: () => {
        reads++;
        return { top, bottom: top + 100 } as DOMRect;
      },
    };
    for (let k = 0; k < perParagraph; k++) {
      runs.push({ nodes: [{ parentElement } as unknown as Text], spans: [{ start: 0, end: 1, data: p }] });
    }
  });
  return { runs, reads: () => reads };
}

/** What reading every paragraph's box says: in or within one viewport height of the viewport. */
const nearByEveryBox = (tops: number[]) =>
  tops.flatMap((top, p) => (top + 100 >= -HEIGHT && top <= 2 * HEIGHT ? [p] : []));
const paragraphs = (runs: TextRun<number>[]) => runs.map((run) => run.spans[0]?.data);

describe('splitByView', () => {
  test.each([0, -3000, -25_000, 40_000, -60_000])(
    'scrolled to %i px: the same split as reading every box, from a few reads',
    (scroll) => {
      const tops = Array.from({ length: 500 }, (_, p) => scroll + p * 100);
      const { runs, reads } = layout(tops, 3);
      const [near, rest] = splitByView(runs, view);
      const expected = nearByEveryBox(tops);
      expect([...new Set(paragraphs(near))]).toEqual(expected);
      expect(near).toHaveLength(expected.length * 3);
      expect([...paragraphs(near), ...paragraphs(rest)].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(paragraphs(runs));
      // The rest in text order too.
      expect(paragraphs(rest)).toEqual([...paragraphs(rest)].sort((a, b) => (a ?? 0) - (b ?? 0)));
      expect(reads()).toBeLessThanOrEqual(expected.length + 12);
    },
  );

  test('a paragraph the layout puts out of text order comes later, never missing', () => {
    // Two columns side by side: the second column's paragraphs are back at the top.
    const tops = [...Array.from({ length: 50 }, (_, p) => p * 100), ...Array.from({ length: 50 }, (_, p) => p * 100)];
    const { runs } = layout(tops);
    const [near, rest] = splitByView(runs, view);
    expect(near.length).toBeGreaterThan(0);
    expect(new Set([...near, ...rest])).toEqual(new Set(runs));
    expect(near.length + rest.length).toBe(runs.length);
  });

  test('without a window everything is in view; a run without a parent counts as in view', () => {
    const { runs } = layout([5000, 6000]);
    expect(splitByView(runs, null)).toEqual([runs, []]);
    const orphan: TextRun<number> = { nodes: [{ parentElement: null } as unknown as Text], spans: [] };
    expect(splitByView([orphan], view)).toEqual([[orphan], []]);
  });
});
