import type { MainText, TextSegment } from '../../utils/main-text';

/** A span of main-text offsets [start, end) with whatever the caller wants to carry along. */
export interface TextSpan<T> {
  start: number;
  end: number;
  data: T;
}

/**
 * Adjacent text nodes of the main text and the spans that fall in them, with offsets counted over the
 * nodes' data joined together: the engine's "\n" at block and `<br>` boundaries are not in the page, so
 * they are not counted. This is how mark.js counts when given the nodes as its context.
 */
export interface TextRun<T> {
  nodes: Text[];
  spans: TextSpan<T>[];
}

/**
 * Groups spans into runs over the fewest text nodes: two spans share a run only when they share a node,
 * so wrapping one run never splits a node another run refers to. Spans lying wholly in a "\n" gap are dropped.
 */
export function spansToRuns<T>(main: Pick<MainText, 'segments'>, spans: readonly TextSpan<T>[]): TextRun<T>[] {
  const segments = main.segments;
  // A pass's findings come in text order already: sorted only when they do not.
  const sorted = inTextOrder(spans) ? spans : [...spans].sort(byStart);
  const runs: TextRun<T>[] = [];
  let current: { run: TextRun<T>; first: number; bases: number[]; length: number } | undefined;
  // The first segment ending after the span's start: with the starts in order it only moves forward, so the
  // segments are walked once for all the spans (a page's first pass runs this interpreted: no search per span).
  let i = 0;
  // Index loops, no destructuring: this runs interpreted on a page's first pass (see highlighter.ts).
  for (let s = 0; s < sorted.length; s++) {
    const span = sorted[s] as TextSpan<T>;
    if (span.end <= span.start) continue;
    while (i < segments.length && (segments[i] as TextSegment).end <= span.start) i++;
    if (i === segments.length) break;
    const startSegment = segments[i] as TextSegment;
    // Wholly in the "\n" gap before the segment.
    if (startSegment.start >= span.end) continue;
    // The last segment starting before the span's end.
    let j = i;
    while (j + 1 < segments.length && (segments[j + 1] as TextSegment).start < span.end) j++;
    if (!current || i >= current.first + current.bases.length) {
      current = { run: { nodes: [], spans: [] }, first: i, bases: [], length: 0 };
      runs.push(current.run);
    }
    // bases[n]: where the run's n-th node starts, counted over the run's nodes joined.
    for (let k = current.first + current.bases.length; k <= j; k++) {
      const segment = segments[k] as TextSegment;
      current.bases.push(current.length);
      current.length += segment.end - segment.start;
      current.run.nodes.push(segment.node);
    }
    const endSegment = segments[j] as TextSegment;
    const start = (current.bases[i - current.first] ?? 0) + Math.max(0, span.start - startSegment.start);
    const end = (current.bases[j - current.first] ?? 0) + Math.min(span.end, endSegment.end) - endSegment.start;
    current.run.spans.push({ start, end, data: span.data });
  }
  return runs;
}

/** By start, and of spans starting together the longer first. */
const byStart = <T>(a: TextSpan<T>, b: TextSpan<T>) => a.start - b.start || b.end - a.end;

function inTextOrder<T>(spans: readonly TextSpan<T>[]): boolean {
  for (let s = 1; s < spans.length; s++)
    if (byStart(spans[s - 1] as TextSpan<T>, spans[s] as TextSpan<T>) > 0) return false;
  return true;
}

/** A live DOM Range over main-text offsets [start, end); null when the span touches no text node. */
export function toDomRange(main: MainText, start: number, end: number, doc: Document = document): Range | null {
  const found = segmentsOf(main.segments, start, end);
  if (!found) return null;
  const first = main.segments[found[0]] as TextSegment;
  const last = main.segments[found[1]] as TextSegment;
  const range = doc.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(end, last.end) - last.start);
  return range;
}

/** The main-text offset of a DOM point inside one of the main text's nodes (e.g. a selection end); else null. */
export function offsetAt(main: MainText, node: Node, offset: number): number | null {
  const segment = main.segments.find((s) => s.node === node);
  return segment ? segment.start + Math.min(offset, segment.end - segment.start) : null;
}

/** The first and last segment a span [start, end) touches, or null when it lies wholly between segments. */
function segmentsOf(segments: readonly TextSegment[], start: number, end: number): [number, number] | null {
  const i = firstSegmentEndingAfter(segments, start);
  const j = lastSegmentStartingBefore(segments, end);
  return i >= 0 && j >= i ? [i, j] : null;
}

/** Index of the first segment whose end lies after `offset` (binary search), or -1. */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < segments.length ? lo : -1;
}

/** Index of the last segment whose start lies before `offset`, or -1. */
function lastSegmentStartingBefore(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
