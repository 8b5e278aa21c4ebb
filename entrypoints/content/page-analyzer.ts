import type { Analysis, AnalyzeOptions } from '../../analysis/types';
import { type AnalyzeSteps, ENGINE_KEY, type EngineScope } from '../../utils/engine-key';
import type {
  AnalyzeTextData,
  AnalyzeTextReply,
  KeptAnalysisReply,
  RecordKeptReply,
  ReportSummary,
} from '../../utils/protocol-analysis';
import { decodeFindings, type Finding, reportFindings, summaryOf } from './findings';
import { yieldToMain } from './timing';

/**
 * An analysis as the page takes it in: the verdict and the findings to highlight at once, the whole analysis
 * when asked for; the time it kept a thread busy; `where` it ran; `recorded`: the background stored the page
 * record; `recordLater`: it stores it when asked.
 */
export interface Analyzed {
  summary: ReportSummary;
  /** A report's findings in text order; none on any other page. */
  findings: readonly Finding[];
  /** The whole analysis (from the background: fetched and parsed on the first call, e.g. the first card). */
  analysis(): Promise<Analysis>;
  busy: number;
  where: 'page' | 'background';
  recorded?: boolean;
  /** Has the background store the page record it kept (once the highlights are in); false: it could not. */
  recordLater?: () => Promise<boolean>;
}

/** Reads an article's text: in the page, or off its main thread. */
export type PageAnalyzer = (text: string, options: AnalyzeOptions) => Promise<Analyzed>;

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

/** An analysis made in the page; `busy` is read once its findings are collected, which count as its work. */
function analyzedInPage(analysis: Analysis, busy: () => number): Analyzed {
  const findings = reportFindings(analysis);
  const whole = Promise.resolve(analysis);
  return { summary: summaryOf(analysis), findings, analysis: () => whole, busy: busy(), where: 'page' };
}

/** The engine on the page's own main thread, in one go (tests, and pages made for them). */
export function inPageAnalyzer(analyze: AnalyzeFn, now: () => number = () => performance.now()): PageAnalyzer {
  return async (text, options) => {
    const start = now();
    const analysis = analyze(text, options);
    return analyzedInPage(analysis, () => now() - start);
  };
}

/**
 * The engine on the page's own main thread, a stage per task (analysis/index.ts analyzeInSteps): the page
 * paints and answers input between stages, and the answer is the whole analysis's. `busy` sums the stages.
 */
export function chunkedAnalyzer(
  steps: AnalyzeSteps,
  pause: () => Promise<void> = yieldToMain,
  now: () => number = () => performance.now(),
): PageAnalyzer {
  return async (text, options) => {
    const stages = steps(text, options);
    let busy = 0;
    for (;;) {
      const start = now();
      const step = stages.next();
      if (step.done) return analyzedInPage(step.value, () => busy + now() - start);
      busy += now() - start;
      await pause();
    }
  };
}

/**
 * The engine in the page, its script run only on the first call (`load`: the background runs
 * entrypoints/analysis-engine.ts in this frame), then a stage per task: the content script does not carry
 * the engine itself.
 */
export function loadedAnalyzer(
  load: () => Promise<unknown>,
  scope: EngineScope = globalThis,
  pause?: () => Promise<void>,
  now?: () => number,
): PageAnalyzer {
  let loading: Promise<AnalyzeSteps> | null = null;
  const engine = async (): Promise<AnalyzeSteps> => {
    const known = scope[ENGINE_KEY];
    if (known) return known;
    const reply = (await load()) as { ok?: boolean; error?: string } | undefined;
    const loaded = scope[ENGINE_KEY];
    if (!loaded) throw new Error(`GovMark: the analysis engine did not load (${reply?.error ?? 'no engine'})`);
    return loaded;
  };
  return async (text, options) => {
    // A failed load is tried again by the next pass.
    loading ??= engine().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return chunkedAnalyzer(await loading, pause, now)(text, options);
  };
}

export interface OffPageOptions {
  /** Sends the text to the background (service worker or background page), which analyses it. */
  send(data: AnalyzeTextData): Promise<AnalyzeTextReply | undefined>;
  /** Fetches the whole analysis the background kept under a reply's token (`keptAnalysis`). */
  fetchKept?(token: string): Promise<KeptAnalysisReply | undefined>;
  /** Where the analysis runs when the background cannot answer. */
  fallback: PageAnalyzer;
  /** A background that has not answered by then is given up on (it may be starting: the first wake-up is slow). */
  timeoutMs?: number;
  /** Asks the background to store a report's page record itself (it has the text and the findings). */
  record?: boolean;
  /** Has the background store the page record it kept under a reply's token (`recordKept`). */
  recordKept?(token: string): Promise<RecordKeptReply | undefined>;
}

/**
 * The text goes to the background once and the findings come back; the page's main thread only extracts and
 * highlights. A sleeping service worker is woken by the message itself; a failure, a refusal or no answer in
 * time and the page analyses the text itself, and keeps doing so. Where the page cannot (the browser lets the
 * background run the engine's script only where GovMark has host access: not on its default sites, which grant
 * the content script alone, in Chrome and in Firefox), the background's answer is awaited however late, and asked again.
 */
export function offPageAnalyzer({
  send,
  fetchKept,
  fallback,
  timeoutMs = 5000,
  record,
  recordKept,
}: OffPageOptions): PageAnalyzer {
  let broken = false;
  type Reply = Extract<AnalyzeTextReply, { ok: true }>;
  // Most pages never need the ~200 kB of targets: fetched when a card or the popup first asks.
  const wholeOf = async (reply: Reply, text: string, options: AnalyzeOptions): Promise<Analysis> => {
    if (reply.analysis !== undefined) return JSON.parse(reply.analysis) as Analysis;
    const kept = reply.kept === undefined ? undefined : await fetchKept?.(reply.kept).catch(() => undefined);
    if (kept?.ok) return JSON.parse(kept.analysis) as Analysis;
    // Gone (the service worker slept, or many report tabs came since): the text goes again, once.
    const again = await send({ text, options, whole: true }).catch(() => undefined);
    if (again?.ok && again.analysis !== undefined) return JSON.parse(again.analysis) as Analysis;
    return (await fallback(text, options)).analysis();
  };
  const fromReply = (reply: Reply, text: string, options: AnalyzeOptions): Analyzed => {
    let whole: Promise<Analysis> | undefined;
    const token = reply.kept;
    const recordLater =
      reply.recordLater && token !== undefined && recordKept
        ? async () => !!(await recordKept(token).catch(() => undefined))?.ok
        : undefined;
    return {
      summary: reply.summary,
      findings: decodeFindings(reply.findings),
      analysis: () => {
        whole ??= wholeOf(reply, text, options).catch((error: unknown) => {
          whole = undefined; // asked again next time
          throw error;
        });
        return whole;
      },
      busy: reply.busy,
      where: 'background',
      recorded: reply.recorded,
      ...(recordLater ? { recordLater } : {}),
    };
  };
  return async (text, options) => {
    if (broken) return fallback(text, options);
    const sent = send({ text, options, ...(record ? { record } : {}) });
    try {
      const reply = await withTimeout(sent, timeoutMs);
      if (reply?.ok) return fromReply(reply, text, options);
      console.warn('GovMark: the background did not analyse the page', reply?.error);
    } catch (error) {
      console.warn('GovMark: the background did not answer; analysing in the page', error);
    }
    broken = true;
    try {
      return await fallback(text, options);
    } catch (error) {
      const late = await sent.catch(() => undefined);
      if (!late?.ok) throw error;
      broken = false;
      return fromReply(late, text, options);
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
