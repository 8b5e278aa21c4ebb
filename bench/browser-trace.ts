import type { CDPSession } from 'playwright-core';

/** One event of a Chrome trace (the Trace Event Format); times in microseconds on the trace's clock. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; name?: string };
}

// Tasks (RunTask) with what runs in them (script, style, layout, paint, GC), and the page's User Timing.
// Not `v8`: its events cost per call into script, and so taxed mark.js's thousands of small calls far more
// than GovMark's few long ones. With it, mark.js's markRegExp read 269-281 ms of script and GovMark's traced
// main thread 0.71x of mark.js's; without it, 141-146 ms and 0.99-1.04x (two runs of 15 rounds, same machine).
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  '__metadata',
];

/** Starts tracing the whole browser (a browser-level CDP session). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  } as never);
}

/** Ends tracing and reads the trace back. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface MainThreadCost {
  /** Milliseconds the thread spent in tasks inside the window. */
  total: number;
  /** The longest of those tasks, ms. */
  longest: number;
  tasks: number;
}

/** The top-level tasks of one thread, in time order, nested ones left out. */
function tasksOf(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let reached = Number.NEGATIVE_INFINITY;
  for (const task of tasks) {
    if (task.ts < reached) continue;
    top.push(task);
    reached = task.ts + (task.dur ?? 0);
  }
  return top;
}

/**
 * The top-level tasks of the renderer main thread that `first` ran on, from the task holding `first` until
 * `windowMs` after the end of `last`.
 */
function windowTasks(
  events: readonly TraceEvent[],
  first: TraceEvent,
  last: TraceEvent,
  windowMs: number,
): TraceEvent[] {
  const tasks = tasksOf(events, first.pid, first.tid);
  const holder = tasks.find((t) => t.ts <= first.ts && first.ts <= t.ts + (t.dur ?? 0));
  const from = holder?.ts ?? first.ts;
  const to = last.ts + (last.dur ?? 0) + windowMs * 1000;
  return tasks.filter((t) => t.ts >= from && t.ts <= to);
}

/**
 * The main-thread cost of some work on a page: every task of the renderer main thread that `first` ran on,
 * from the task holding `first` until `windowMs` after the end of `last` (both trace events of that thread).
 */
export function mainThreadCost(
  events: readonly TraceEvent[],
  first: TraceEvent,
  last: TraceEvent,
  windowMs: number,
): MainThreadCost {
  const inside = windowTasks(events, first, last, windowMs);
  return {
    total: inside.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000,
    longest: Math.max(0, ...inside.map((t) => t.dur ?? 0)) / 1000,
    tasks: inside.length,
  };
}

/** The first event that evaluates a script whose URL contains `url` (e.g. the content script). */
export function scriptEvaluation(events: readonly TraceEvent[], url: string): TraceEvent | undefined {
  return events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes(url));
}

/** A User Timing mark or measure end of that name (the last one), as it appears in the trace. */
export function userTiming(events: readonly TraceEvent[], name: string): TraceEvent | undefined {
  return events.filter((e) => e.cat === 'blink.user_timing' && e.name === name && e.ph !== 'b').at(-1);
}

/**
 * The window's tasks of at least `minMs`, each with the time of what ran in it by kind (script, layout, style,
 * paint, GC...): where a main-thread total goes. Printed with GOVMARK_BENCH_TASKS.
 */
export function describeTasks(
  events: readonly TraceEvent[],
  first: TraceEvent,
  last: TraceEvent,
  windowMs: number,
  minMs = 10,
): string[] {
  const inside = windowTasks(events, first, last, windowMs);
  const from = inside[0]?.ts ?? first.ts;
  const inner = events.filter(
    (e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid && e.name !== 'RunTask' && e.dur !== undefined,
  );
  return inside
    .filter((t) => (t.dur ?? 0) >= minMs * 1000)
    .map((t) => {
      const end = t.ts + (t.dur ?? 0);
      const kinds = new Map<string, number>();
      for (const e of inner) {
        if (e.ts < t.ts || e.ts > end) continue;
        kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
      }
      const top = [...kinds]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`);
      return `+${((t.ts - from) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(1)} ms [${top.join(', ')}]`;
    });
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const GC = new Set(['MinorGC', 'MajorGC']);

/**
 * Where the window's main-thread time went, over all its tasks: rendering (style, layout, paint), garbage
 * collection, and the rest (script, messages, parsing). Printed with GOVMARK_BENCH_TASKS.
 */
export function costByKind(
  events: readonly TraceEvent[],
  first: TraceEvent,
  last: TraceEvent,
  windowMs: number,
): { rendering: number; gc: number; other: number } {
  const inside = windowTasks(events, first, last, windowMs);
  const total = inside.reduce((sum, t) => sum + (t.dur ?? 0), 0);
  const within = (e: TraceEvent) => inside.some((t) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  let rendering = 0;
  let gc = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== first.pid || e.tid !== first.tid || e.dur === undefined) continue;
    if (!RENDERING.has(e.name) && !GC.has(e.name)) continue;
    if (!within(e)) continue;
    if (RENDERING.has(e.name)) rendering += e.dur;
    else gc += e.dur;
  }
  return { rendering: rendering / 1000, gc: gc / 1000, other: (total - rendering - gc) / 1000 };
}
