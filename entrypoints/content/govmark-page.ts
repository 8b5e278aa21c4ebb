import type { Analysis } from '../../analysis/types';
import { extractMainText, type MainText, mainTextOf } from '../../utils/main-text';
import type { Category, CategoryCounts, CategoryVisibility, PageStatus } from '../../utils/protocol-content';
import { collectFindings, countFindings, type Finding, markAttributes } from './findings';
import { HIGHLIGHT_SELECTOR, unwrapMarks, wrapRun } from './highlighter';
import { type LivingPage, type Timers, watchLivingPage } from './living-page';
import type { PageAnalyzer } from './page-analyzer';
import type { PageControls, PageFeature, PagePass } from './page-pass';
import { spansToRuns, type TextRun } from './page-text';
import type { SiteSwitch } from './site-switch';
import {
  ANALYZE_MEASURE,
  type ChunkReport,
  HIGHLIGHT_MEASURE,
  type Measurer,
  recordMeasure,
  runInChunks,
  VISIBLE_MEASURE,
  yieldToIdle,
  yieldToMain,
} from './timing';
import { splitByView } from './view-order';

/** Everything the page touches outside itself, so tests can supply their own. */
export interface GovmarkPageOptions {
  doc?: Document;
  /** Where the text is analysed (the content script sends it to the background; tests analyse in the page). */
  analyzer: PageAnalyzer;
  extract?: (doc: Document) => MainText | null;
  siteSwitch?: SiteSwitch;
  /** Legend, hover card, page record, notes: told of every pass, each in its own task. */
  features?: readonly PageFeature[];
  timers?: Timers;
  debounceMs?: number;
  now?: () => number;
  /** Between the chunks of the highlights in view, and before each feature. */
  yieldToMain?: () => Promise<void>;
  /** Between the chunks of the other highlights. */
  yieldToIdle?: () => Promise<void>;
  chunkBudgetMs?: number;
  perf?: Measurer;
}

const ALL_VISIBLE: CategoryVisibility = { goal: true, past: true, other: true, agency: true };

const alwaysOn: SiteSwitch = { isDisabled: async () => false, setDisabled: async () => {}, watch: () => () => {} };

type Resolved = Required<Pick<GovmarkPageOptions, 'extract' | 'siteSwitch' | 'features' | 'now' | 'perf'>>;

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * GovMark on one page, and the one writer to its DOM: finds the report, highlights what is in view first and
 * the rest in idle time, announces each pass to its features (legend, card, page record, notes), follows a
 * living page, and on destroy() (or switching the site off) gives the page back exactly as it was.
 */
export class GovmarkPage {
  readonly #doc: Document;
  readonly #o: Resolved & GovmarkPageOptions;
  #destroyed = false;
  /** One "switched on" period: aborted when the site is switched off or the page destroyed. */
  #run: AbortController | null = null;
  /** The current analysis's lifetime: aborted when a new analysis supersedes it, or with the run. */
  #reading: AbortController | null = null;
  #watcher: LivingPage | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #queuedPass: Promise<void> | null = null;
  #analysis: Analysis | null = null;
  /** The background stored this analysis's page record. */
  #recorded = false;
  #findings: Finding[] = [];
  #byId = new Map<string, Finding>();
  #counts: CategoryCounts = countFindings([]);
  /** The main text of the last pass; undefined before any pass. */
  #lastText: string | null | undefined;
  #lastRoot: Element | null = null;
  #visible: CategoryVisibility = { ...ALL_VISIBLE };
  #marks = new Map<HTMLElement, Category>();
  #siteDisabled = false;
  #unwatchSwitch: () => void = () => {};
  readonly #controls: PageControls = {
    setCategoryVisible: (category, visible) => this.setCategoryVisible(category, visible),
    setSiteDisabled: (disabled) => this.setSiteDisabled(disabled),
    change: (op) => this.change(op),
  };

  constructor(options: GovmarkPageOptions) {
    this.#doc = options.doc ?? document;
    this.#o = {
      extract: extractMainText,
      siteSwitch: alwaysOn,
      features: [],
      now: () => performance.now(),
      perf: performance,
      ...options,
    };
  }

  /** Reads the site switch, then (unless this site is switched off) watches the page and runs the first pass. */
  async start(): Promise<void> {
    this.#unwatchSwitch = this.#o.siteSwitch.watch((disabled) => void this.#applySwitch(disabled));
    this.#siteDisabled = await this.#o.siteSwitch.isDisabled();
    if (this.#destroyed || this.#siteDisabled) return;
    await this.#turnOn();
  }

  status(): PageStatus {
    const a = this.#analysis;
    return {
      isReport: !!a?.isReport,
      confidence: a?.confidence ?? 0,
      reasons: a?.reasons ?? [],
      counts: { ...this.#counts },
      visible: { ...this.#visible },
      ...(a?.isReport && a.pages ? { pages: a.pages } : {}),
      siteDisabled: this.#siteDisabled,
    };
  }

  /** Brings the page up to date now, on a switched-off site too (the user asked); resolves when done. */
  async analyzeNow(): Promise<PageStatus> {
    if (this.#destroyed) return this.status();
    await (this.#run ? this.#enqueuePass(false) : this.#turnOn());
    return this.status();
  }

  setCategoryVisible(category: Category, visible: boolean): Promise<PageStatus> {
    return this.#enqueue(async () => {
      if (this.#visible[category] === visible) return this.status();
      this.#visible[category] = visible;
      const run = this.#run;
      const reading = this.#reading;
      if (!run || !reading || !this.#analysis?.isReport) return this.status();
      if (!visible) {
        this.#ours(() => {
          unwrapMarks([...this.#marks].filter(([, c]) => c === category).map(([mark]) => mark));
          for (const [mark, c] of this.#marks) if (c === category) this.#marks.delete(mark);
        });
        await this.#show(null, () => false, 'visibility', reading.signal);
        return this.status();
      }
      const main = this.#lastRoot?.isConnected ? mainTextOf(this.#lastRoot) : this.#o.extract(this.#doc);
      if (!main || main.text !== this.#lastText) await this.#pass(true);
      else await this.#show(main, (f) => f.category === category, 'visibility', reading.signal);
      return this.status();
    });
  }

  /** Remembers the switch for this site; off restores the page at once, on runs a pass. */
  async setSiteDisabled(disabled: boolean): Promise<PageStatus> {
    // The page first (switching off restores it at once), then the stored choice.
    const applied = this.#applySwitch(disabled);
    await this.#o.siteSwitch.setDisabled(disabled);
    await applied;
    return this.status();
  }

  /** Runs another part's DOM change (notes) between passes, unseen by the living-page watcher. */
  change<T>(op: () => T): Promise<T> {
    return this.#enqueue(async () => this.#ours(op));
  }

  /** A hint that the page may have changed (e.g. single-page navigation): a debounced pass follows. */
  schedule(): void {
    this.#watcher?.poke();
  }

  /** Stops everything this page started and gives the page back exactly as it was. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#turnOff();
    this.#unwatchSwitch();
  }

  async #applySwitch(disabled: boolean): Promise<void> {
    this.#siteDisabled = disabled;
    if (disabled) this.#turnOff();
    else if (!this.#run && !this.#destroyed) await this.#turnOn();
  }

  #turnOn(): Promise<void> {
    if (this.#run) return this.#enqueuePass(false);
    const run = new AbortController();
    this.#run = run;
    const target = this.#doc.body ?? this.#doc.documentElement;
    this.#watcher = watchLivingPage(target, () => void this.#enqueuePass(false), {
      timers: this.#o.timers,
      debounceMs: this.#o.debounceMs,
      signal: run.signal,
    });
    return this.#enqueue(() => this.#pass(true));
  }

  #turnOff(): void {
    this.#reading?.abort();
    this.#reading = null;
    // Features leave with the run (PagePass.off).
    this.#run?.abort();
    this.#run = null;
    this.#unwrapAll();
    this.#watcher = null;
    this.#setAnalysis(null);
    this.#lastText = undefined;
    this.#lastRoot = null;
  }

  #enqueue<T>(op: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(op);
    this.#queue = result.catch((error) => console.error('GovMark:', error));
    return result;
  }

  /** Passes asked for while one is waiting are the same pass. */
  #enqueuePass(force: boolean): Promise<void> {
    this.#queuedPass ??= this.#enqueue(() => {
      this.#queuedPass = null;
      return this.#pass(force);
    });
    return this.#queuedPass;
  }

  /** One pass: extract and analyse (one measure), highlight in view then the rest (one measure), announce. */
  async #pass(force: boolean): Promise<void> {
    const run = this.#run;
    if (!run || run.signal.aborted) return;
    const { now, perf } = this.#o;
    const start = now();
    let main = this.#o.extract(this.#doc);
    const unchanged = (main?.text ?? null) === this.#lastText && [...this.#marks.keys()].every((m) => m.isConnected);
    if (!force && unchanged) return; // not a pass: nothing to measure
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    run.signal.addEventListener('abort', () => reading.abort(), { once: true, signal: reading.signal });
    if (this.#marks.size > 0 || this.#doc.querySelector(HIGHLIGHT_SELECTOR)) {
      this.#ours(() => this.#unwrapAll());
      // The article was found above: its root's text again, not another scoring walk of the whole page.
      main = main?.root.isConnected ? mainTextOf(main.root) : this.#o.extract(this.#doc);
    }
    const extracted = now() - start;
    const site = this.#doc.location?.hostname ?? '';
    const analyzed = main ? await this.#o.analyzer(main.text, { title: this.#doc.title, site }) : null;
    if (reading.signal.aborted) return;
    const analysis = analyzed?.analysis ?? null;
    this.#lastText = main?.text ?? null;
    this.#lastRoot = main?.root ?? null;
    this.#setAnalysis(analysis, !!analyzed?.recorded);
    const summary = { isReport: !!analysis?.isReport, ...this.#counts };
    recordMeasure(
      ANALYZE_MEASURE,
      start,
      extracted + (analyzed?.busy ?? 0),
      { ...summary, where: analyzed?.where ?? 'page' },
      perf,
    );
    if (!main || !analysis?.isReport) {
      const at = now();
      recordMeasure(VISIBLE_MEASURE, at, 0, { ...summary, marks: 0 }, perf);
      recordMeasure(HIGHLIGHT_MEASURE, at, 0, { ...summary, marks: 0 }, perf);
      await this.#show(main, () => false, 'analysis', reading.signal);
      return;
    }
    const report = await this.#show(main, (f) => this.#visible[f.category], 'analysis', reading.signal, summary);
    if (!report.done) return;
    recordMeasure(
      HIGHLIGHT_MEASURE,
      report.start,
      report.busy,
      { ...summary, marks: this.#marks.size, chunks: report.chunks },
      perf,
    );
  }

  /**
   * Highlights the shown findings, those in and near the viewport first (then `govmark:visible`, when
   * `summary` asks for it), then announces the pass to the features while the rest is highlighted in idle time.
   */
  async #show(
    main: MainText | null,
    shown: (f: Finding) => boolean,
    cause: PagePass['cause'],
    signal: AbortSignal,
    summary?: object,
  ): Promise<ChunkReport> {
    const run = this.#run;
    const spans = main ? this.#findings.filter(shown).map((f) => ({ start: f.start, end: f.end, data: f })) : [];
    const runs = main && spans.length > 0 ? spansToRuns(main, spans) : [];
    const [near, rest] = splitByView(runs, this.#doc.defaultView);
    const inView = deferred();
    const done = deferred();
    const pass = this.#passOf(cause, main, inView.promise, done.promise);
    const first = await this.#wrap(near, this.#o.yieldToMain ?? yieldToMain, signal);
    if (!first.done || !run) return first;
    inView.resolve();
    if (summary)
      recordMeasure(VISIBLE_MEASURE, first.start, first.busy, { ...summary, marks: this.#marks.size }, this.#o.perf);
    const settled: Promise<void>[] = [];
    const started = this.#startFeatures(pass, signal, settled);
    const idle = this.#o.yieldToIdle ?? yieldToIdle;
    // The rest waits for the browser to be idle: the highlights in view get painted first.
    if (rest.length > 0) await idle();
    const second = await this.#wrap(rest, idle, signal);
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

  #passOf(cause: PagePass['cause'], main: MainText | null, inView: Promise<void>, done: Promise<void>): PagePass {
    const byId = this.#byId;
    return {
      cause,
      doc: this.#doc,
      main,
      analysis: this.#analysis,
      recorded: this.#recorded,
      findings: this.#findings,
      findingById: (id) => byId.get(id),
      counts: { ...this.#counts },
      visible: { ...this.#visible },
      marks: this.#marks,
      inView,
      done,
      off: (this.#run as AbortController).signal,
      page: this.#controls,
    };
  }

  /** Each feature's init in a task of its own; a feature's failure is its own. */
  async #startFeatures(pass: PagePass, signal: AbortSignal, settled: Promise<void>[]): Promise<void> {
    const pause = this.#o.yieldToMain ?? yieldToMain;
    for (const feature of this.#o.features) {
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

  #wrap(runs: readonly TextRun<Finding>[], pause: () => Promise<void>, signal: AbortSignal) {
    const tasks: (() => void)[] = runs.map(
      (run) => () => wrapRun(run, markAttributes, (mark, f) => this.#marks.set(mark, f.category)),
    );
    return runInChunks(tasks, {
      budgetMs: this.#o.chunkBudgetMs,
      now: this.#o.now,
      yieldToMain: pause,
      signal,
      wrap: (chunk) => this.#ours(chunk),
    });
  }

  #setAnalysis(analysis: Analysis | null, recorded = false): void {
    this.#analysis = analysis;
    this.#recorded = recorded;
    this.#findings = analysis?.isReport ? collectFindings(analysis) : [];
    this.#byId = new Map(this.#findings.map((f) => [f.id, f]));
    this.#counts = countFindings(this.#findings);
  }

  #ours<T>(change: () => T): T {
    return this.#watcher ? this.#watcher.ours(change) : change();
  }

  #unwrapAll(): void {
    // Also highlights left by an earlier copy of this script (extension reloaded, script injected twice).
    this.#ours(() => unwrapMarks([...this.#marks.keys(), ...this.#doc.querySelectorAll(HIGHLIGHT_SELECTOR)]));
    this.#marks.clear();
  }
}
