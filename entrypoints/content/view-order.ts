import type { TextRun } from './page-text';

/**
 * Splits runs into those in or within one viewport height of the viewport, and the rest, each in text order.
 * One batched read of the layout, before any highlight is written, so no layout is forced in between.
 */
export function splitByView<T>(runs: readonly TextRun<T>[], view: Window | null): [TextRun<T>[], TextRun<T>[]] {
  if (!view) return [[...runs], []];
  const height = view.innerHeight;
  const near: TextRun<T>[] = [];
  const rest: TextRun<T>[] = [];
  // Runs of one paragraph share their parent: its box is read once.
  const known = new Map<Element, boolean>();
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as TextRun<T>;
    const parent = run.nodes[0]?.parentElement;
    let isNear = parent ? known.get(parent) : true;
    if (isNear === undefined && parent) {
      const box = parent.getBoundingClientRect();
      isNear = box.bottom >= -height && box.top <= 2 * height;
      known.set(parent, isNear);
    }
    (isNear ? near : rest).push(run);
  }
  return [near, rest];
}
