import type { TextRun } from './page-text';

/**
 * Splits runs into those in or within one viewport height of the viewport, and the rest, each in text order.
 * One batched read of the layout, before any highlight is written, so no layout is forced in between.
 *
 * Text order is top to bottom in a page's flow, so the band is found by bisection and then walked to its
 * end: about twenty paragraph boxes read rather than every one (a long report has ~500). Where the layout
 * puts text out of that order (columns side by side), a highlight in view may come with the rest, in idle
 * time: later, never missing.
 */
export function splitByView<T>(runs: readonly TextRun<T>[], view: Window | null): [TextRun<T>[], TextRun<T>[]] {
  if (!view) return [[...runs], []];
  const height = view.innerHeight;
  // Runs of one paragraph share their parent: its box is read once. A run without one counts as in view.
  const boxes = new Map<Element, DOMRect>();
  const boxOf = (i: number): DOMRect | null => {
    const parent = (runs[i] as TextRun<T>).nodes[0]?.parentElement;
    if (!parent) return null;
    let box = boxes.get(parent);
    if (box === undefined) {
      box = parent.getBoundingClientRect();
      boxes.set(parent, box);
    }
    return box;
  };
  const above = (i: number) => (boxOf(i)?.bottom ?? 0) < -height;
  const below = (i: number) => (boxOf(i)?.top ?? 0) > 2 * height;
  let first = 0;
  let after = runs.length;
  while (first < after) {
    const mid = (first + after) >>> 1;
    if (above(mid)) first = mid + 1;
    else after = mid;
  }
  let end = first;
  while (end < runs.length && !below(end)) end++;
  return [runs.slice(first, end), [...runs.slice(0, first), ...runs.slice(end)]];
}
