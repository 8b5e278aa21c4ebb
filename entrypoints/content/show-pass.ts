import type { MainText } from '../../utils/main-text';
import type { Category, CategoryVisibility } from '../../utils/protocol-content';
import { FINDING_MARKING, type Finding } from './findings';
import { wrapRun } from './highlighter';
import type { PageControls, PageFeature, PagePass } from './page-pass';
import type { PageReading } from './page-reading';
import { spansToRuns, type TextRun } from './page-text';
import { type ChunkReport, type Measurer, recordMeasure, runInChunks, VISIBLE_MEASURE } from './timing';
import { splitByView } from './view-order';

/** What showing a pass needs of the page (GovmarkPage, the one writer to the DOM). */
export interface ShowContext {
  doc: Document;
  reading: PageReading;
  visible: CategoryVisibility;
  /** The highlights on the page: filled as they go in. */
  marks: Map<HTMLElement, Category>;
  features: readonly PageFeature[];
  /** GovMark's switched-on period on the page (PagePass.off). */
  off: AbortSignal;
  controls: PageControls;
  /** Between the chunks of the highlights in view, and before each feature. */
  yieldToMain: () => Promise<void>;
  /** Before and between the chunks of the other highlights. */
  yieldToIdle: () => Promise<void>;
  chunkBudgetMs?: number;
  now: () => number;
  perf: Measurer;
  /** Runs our own DOM change, unseen by the living-page watcher. */
  ours: (change: () => void) => void;
}

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Highlights the shown findings, those in and near the viewport first (then `govmark:visible`, when
 * `summary` asks for it), then announces the pass to the features while the rest is highlighted in idle time.
 */
export async function showPass(
  ctx: ShowContext,
  main: MainText | null,
  shown: (f: Finding) => boolean,
  cause: PagePass['cause'],
  signal: AbortSignal,
  summary?: object,
): Promise<ChunkReport> {
  const spans = main ? ctx.reading.findings.filter(shown).map((f) => ({ start: f.start, end: f.end, data: f })) : [];
  const runs = main && spans.length > 0 ? spansToRuns(main, spans) : [];
  const [near, rest] = splitByView(runs, ctx.doc.defaultView);
  const inView = deferred();
  const done = deferred();
  const pass = passOf(ctx, cause, main, inView.promise, done.promise);
  // The highlights go in a task of their own, not in the one that took in the findings and read the layout.
  if (near.length > 0) await ctx.yieldToMain();
  if (signal.aborted) return { start: ctx.now(), busy: 0, chunks: 0, done: false };
  const first = await wrapFindings(ctx, near, ctx.yieldToMain, signal);
  if (!first.done || ctx.off.aborted) return first;
  inView.resolve();
  if (summary) recordMeasure(VISIBLE_MEASURE, first.start, first.busy, { ...summary, marks: ctx.marks.size }, ctx.perf);
  const settled: Promise<void>[] = [];
  const started = startFeatures(ctx, pass, signal, settled);
  // The rest waits for the browser to be idle: the highlights in view get painted first.
  if (rest.length > 0) await ctx.yieldToIdle();
  const second = await wrapFindings(ctx, rest, ctx.yieldToIdle, signal);
  // The frame that lays out the last highlights comes first; the features' own work (the legend's mount and
  // first layout) goes in the next one, not in the same long task.
  if (second.chunks > 0 && second.done && !ctx.off.aborted) await ctx.yieldToIdle();
  done.resolve();
  await started;
  // The pass ends once every feature has gone on after the last highlight (notes active, page recorded):
  // what waits for the pass (analyzeNow, the notes' state) sees them done.
  await Promise.all(settled);
  return {
    start: first.start,
    busy: first.busy + second.busy,
    chunks: first.chunks + second.chunks,
    done: second.done,
  };
}

function passOf(
  ctx: ShowContext,
  cause: PagePass['cause'],
  main: MainText | null,
  inView: Promise<void>,
  done: Promise<void>,
): PagePass {
  const { reading } = ctx;
  return {
    ...reading,
    cause,
    doc: ctx.doc,
    main,
    counts: { ...reading.counts },
    visible: { ...ctx.visible },
    marks: ctx.marks,
    inView,
    done,
    off: ctx.off,
    page: ctx.controls,
  };
}

/** Each feature's init in a task of its own; a feature's failure is its own. */
async function startFeatures(
  ctx: ShowContext,
  pass: PagePass,
  signal: AbortSignal,
  settled: Promise<void>[],
): Promise<void> {
  const pause = ctx.yieldToMain;
  for (const feature of ctx.features) {
    await pause();
    if (signal.aborted) return;
    // Each feature goes on after the last highlight in a task of its own, not all in the one that ended them.
    const own: PagePass = { ...pass, done: pass.done.then(pause) };
    settled.push(own.done);
    const failed = (error: unknown) => console.error(`GovMark: ${feature.name}`, error);
    try {
      // Not awaited: a feature waiting for the pass to end must not hold up the next feature.
      feature.init(own, signal)?.catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}

function wrapFindings(
  ctx: ShowContext,
  runs: readonly TextRun<Finding>[],
  pause: () => Promise<void>,
  signal: AbortSignal,
): Promise<ChunkReport> {
  const marking = { ...FINDING_MARKING, onMark: (mark: HTMLElement, f: Finding) => ctx.marks.set(mark, f.category) };
  const tasks: (() => void)[] = runs.map((run) => () => wrapRun(run, marking));
  return runInChunks(tasks, { budgetMs: ctx.chunkBudgetMs, now: ctx.now, yieldToMain: pause, signal, wrap: ctx.ours });
}
