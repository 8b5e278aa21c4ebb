/** User Timing names: one of each per pass over the page, analyse first, never nested. */
export const ANALYZE_MEASURE = 'govmark:analyze';
export const HIGHLIGHT_MEASURE = 'govmark:highlight';
/** Within a pass, from the first highlight to the last one in or near the viewport (busy time). */
export const VISIBLE_MEASURE = 'govmark:visible';

/** A chunk of highlighting stops taking new work after this many milliseconds, then yields. */
export const CHUNK_BUDGET_MS = 8;

export type Measurer = Pick<Performance, 'measure'>;

/** Records one measure whose duration is the step's busy time (not the wall time between start and end). */
export function recordMeasure(
  name: string,
  start: number,
  duration: number,
  detail?: unknown,
  perf: Measurer = performance,
): void {
  perf.measure(name, { start, duration: Math.max(0, duration), detail });
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Lets the browser paint and handle input: scheduler.yield() where it exists, else a new task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for the browser to be idle (requestIdleCallback where it exists), else yields as yieldToMain does. */
export function yieldToIdle(): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  // The timeout: a page that is never idle still gets its highlights.
  if (typeof idle === 'function') return new Promise((resolve) => idle(() => resolve(), { timeout: 500 }));
  return yieldToMain();
}

export interface ChunkOptions {
  budgetMs?: number;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
  /** Stops between chunks. */
  signal?: AbortSignal;
  /** Runs each chunk, e.g. so the living-page observer can tell our own mutations from the page's. */
  wrap?: (chunk: () => void) => void;
}

export interface ChunkReport {
  /** When the first chunk started. */
  start: number;
  /** The chunks' summed running time. */
  busy: number;
  chunks: number;
  /** False when the signal stopped the work before the last task. */
  done: boolean;
}

/** Runs the tasks in order, in chunks of about `budgetMs`, yielding between chunks. */
export async function runInChunks(tasks: readonly (() => void)[], options: ChunkOptions = {}): Promise<ChunkReport> {
  const { budgetMs = CHUNK_BUDGET_MS, now = () => performance.now(), signal } = options;
  const pause = options.yieldToMain ?? yieldToMain;
  const wrap = options.wrap ?? ((chunk: () => void) => chunk());
  const report: ChunkReport = { start: now(), busy: 0, chunks: 0, done: false };
  let next = 0;
  while (next < tasks.length) {
    if (signal?.aborted) return report;
    if (report.chunks > 0) await pause();
    if (signal?.aborted) return report;
    const chunkStart = report.chunks === 0 ? report.start : now();
    wrap(() => {
      do tasks[next++]?.();
      while (next < tasks.length && now() - chunkStart < budgetMs);
    });
    report.busy += now() - chunkStart;
    report.chunks += 1;
  }
  report.done = true;
  return report;
}
