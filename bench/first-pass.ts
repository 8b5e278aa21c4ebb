import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/harness';
import { DONE, serve, URL } from './browser-report-page';
import {
  costByKind,
  describeTasks,
  type MainThreadCost,
  mainThreadCost,
  scriptEvaluation,
  startTrace,
  stopTrace,
  type TraceEvent,
  userTiming,
} from './browser-trace';
import { formatMs } from './measure';

export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** How long a trace goes on after the work: the relayout, paint and stragglers it causes. */
export const AFTER_MS = 2000;

/** One traced first pass of GovMark over the bench page, in a fresh tab. */
export interface GovmarkRound {
  analyze: number;
  highlight: number;
  marks: number;
  findings: number;
  where: string;
  /** The traced main thread, from the content script's first task to AFTER_MS after its last highlight. */
  traced: MainThreadCost;
  /** From the content script's first task to the end of govmark:visible, ms. */
  toVisible: number;
}

/** A traced main-thread cost as the benches print it. */
export const formatCost = (c: MainThreadCost) => `${formatMs(c.total)} (longest task ${formatMs(c.longest)})`;

/** Runs `work` while the whole browser is traced, until AFTER_MS past its end; returns the trace. */
export async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  await startTrace(cdp);
  const failed = await work()
    .then(() => new Promise((resolve) => setTimeout(resolve, AFTER_MS)))
    .then(
      () => null,
      (error: unknown) => ({ error }),
    );
  const events = await stopTrace(cdp);
  if (failed) throw failed.error;
  return events;
}

export function found(event: TraceEvent | undefined, what: string): TraceEvent {
  if (!event) throw new Error(`the trace has no ${what}`);
  return event;
}

/** GOVMARK_BENCH_TASKS=N: the window's tasks of N ms or more, and where all its time went. */
export function printTasks(who: string, events: TraceEvent[], start: TraceEvent, end: TraceEvent): void {
  const minMs = Number(process.env.GOVMARK_BENCH_TASKS) || 10;
  for (const line of describeTasks(events, start, end, AFTER_MS, minMs)) console.log(`      ${who} ${line}`);
  const kinds = costByKind(events, start, end, AFTER_MS);
  console.log(
    `      ${who} in all: rendering ${formatMs(kinds.rendering)}, GC ${formatMs(kinds.gc)}, ` +
      `script and the rest ${formatMs(kinds.other)}`,
  );
}

/** Chromium with the built extension in `dir` on a fresh profile, serving the bench page; its browser's CDP. */
export async function launchWithExtension(
  dir: string,
  html: string,
): Promise<{ context: BrowserContext; cdp: CDPSession; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'govmark-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(dir),
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await serve(context, html);
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    const browser = context.browser();
    if (!browser) throw new Error('no browser behind the extension context');
    return { context, cdp: await browser.newBrowserCDPSession(), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Loads the bench page in `tab` with the whole browser traced, until AFTER_MS past the page's done signal. */
export function tracedLoad(tab: Page, cdp: CDPSession): Promise<TraceEvent[]> {
  return traced(cdp, async () => {
    const done = tab.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: 60_000 });
    await tab.goto(URL, { waitUntil: 'load' });
    await done;
  });
}

/** GovMark's first pass over the bench page in a fresh tab, traced; `who` names it in GOVMARK_BENCH_TASKS lines. */
export async function firstPassRound(context: BrowserContext, cdp: CDPSession, who = 'GovMark'): Promise<GovmarkRound> {
  const tab = await context.newPage();
  try {
    const events = await tracedLoad(tab, cdp);
    const summary = await tab.evaluate(() => {
      const first = (name: string) => performance.getEntriesByName(name, 'measure')[0] as PerformanceMeasure;
      const marks = document.querySelectorAll('mark[data-govmark]');
      return {
        analyze: first('govmark:analyze')?.duration ?? Number.NaN,
        highlight: first('govmark:highlight')?.duration ?? Number.NaN,
        marks: marks.length,
        findings: new Set([...marks].map((m) => m.getAttribute('data-govmark-id'))).size,
        where: String((first('govmark:analyze')?.detail as { where?: string } | null)?.where),
      };
    });
    const start = found(scriptEvaluation(events, CONTENT_SCRIPT), 'content script evaluation');
    const done = found(userTiming(events, 'bench:done'), 'bench:done mark');
    const visible = found(userTiming(events, 'govmark:visible'), 'govmark:visible measure');
    if (process.env.GOVMARK_BENCH_TASKS) printTasks(who, events, start, done);
    return {
      ...summary,
      traced: mainThreadCost(events, start, done, AFTER_MS),
      toVisible: (visible.ts - start.ts) / 1000,
    };
  } finally {
    await tab.close();
  }
}
