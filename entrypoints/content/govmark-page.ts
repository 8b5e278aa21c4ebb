import { analyze as engineAnalyze } from '../../analysis';
import type { Analysis, AnalyzeOptions, Target } from '../../analysis/types';
import { extractMainText, type MainText } from '../../utils/main-text';
import {
  CATEGORIES,
  type Category,
  type CategoryCounts,
  type CategoryVisibility,
  type PageStatus,
} from '../../utils/protocol-content';
import { describePages } from './describe-pages';
import { describeTarget } from './describe-target';
import { collectFindings, countFindings, type Finding, markAttributes } from './findings';
import { HIGHLIGHT_SELECTOR, unwrapMarks, wrapRun } from './highlighter';
import { type LivingPage, type Timers, watchLivingPage } from './living-page';
import { addPageStyle } from './page-style';
import { spansToRuns } from './page-text';
import { PageUi } from './page-ui';
import { onReportFound } from './report-found';
import type { SiteSwitch } from './site-switch';
import {
  ANALYZE_MEASURE,
  type ChunkReport,
  HIGHLIGHT_MEASURE,
  type Measurer,
  recordMeasure,
  runInChunks,
  yieldToMain,
} from './timing';

/** Everything the page touches outside itself, so tests can supply their own. */
export interface GovmarkPageOptions {
  doc?: Document;
  analyze?: (text: string, options: AnalyzeOptions) => Analysis;
  extract?: (doc: Document) => MainText | null;
  siteSwitch?: SiteSwitch;
  onReportFound?: (analysis: Analysis, main: MainText) => void;
  /** After every completed pass, report or not (main null: no article): the reader's notes follow the page. */
  onPass?: (analysis: Analysis | null, main: MainText | null) => void;
  /** GovMark stopped on the page (site switched off, destroyed): whatever else it added leaves too. */
  onOff?: () => void;
  /** More hover-card rows for a target: what it measures and its figures elsewhere (indicator-card.ts). */
  describeIndicator?: (target: Target, targets: readonly Target[]) => [string, string][];
  timers?: Timers;
  debounceMs?: number;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
  chunkBudgetMs?: number;
  perf?: Measurer;
}

const ALL_VISIBLE: CategoryVisibility = { goal: true, past: true, other: true, agency: true };

const noop = () => {};

const alwaysOn: SiteSwitch = { isDisabled: async () => false, setDisabled: async () => {}, watch: () => () => {} };

/**
 * GovMark on one page: finds the report, highlights it in chunks, keeps the legend and hover card, follows
 * a living page, and on destroy() (or switching the site off) gives the page back exactly as it was.
 */
export class GovmarkPage {
  readonly #doc: Document;
  readonly #o: Required<Omit<GovmarkPageOptions, 'doc' | 'timers' | 'debounceMs' | 'yieldToMain' | 'chunkBudgetMs'>> &
    Pick<GovmarkPageOptions, 'timers' | 'debounceMs' | 'yieldToMain' | 'chunkBudgetMs'>;
  #destroyed = false;
  /** One "switched on" period: aborted when the site is switched off or the page destroyed. */
  #run: AbortController | null = null;
  #watcher: LivingPage | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #queuedPass: Promise<void> | null = null;
  #analysis: Analysis | null = null;
  #findings: Finding[] = [];
  #byId = new Map<string, Finding>();
  #counts: CategoryCounts = countFindings([]);
  /** The main text of the last pass; undefined before any pass. */
  #lastText: string | null | undefined;
  #visible: CategoryVisibility = { ...ALL_VISIBLE };
  #marks = new Map<HTMLElement, Category>();
  readonly #ui: PageUi;
  #siteDisabled = false;
  #unwatchSwitch: () => void = () => {};

  constructor(options: GovmarkPageOptions = {}) {
    this.#doc = options.doc ?? document;
    this.#o = {
      analyze: engineAnalyze,
      extract: extractMainText,
      siteSwitch: alwaysOn,
      onReportFound,
      onPass: noop,
      onOff: noop,
      describeIndicator: () => [],
      now: () => performance.now(),
      perf: performance,
      ...options,
    };
    this.#ui = new PageUi(this.#doc, (id) => {
      const target = this.#byId.get(id)?.target;
      return target
        ? [...describeTarget(target), ...this.#o.describeIndicator(target, this.#analysis?.targets ?? [])]
        : null;
    });
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
      if (!run || !this.#analysis?.isReport) return this.status();
      if (!visible) {
        this.#ours(() => {
          unwrapMarks([...this.#marks].filter(([, c]) => c === category).map(([mark]) => mark));
          for (const [mark, c] of this.#marks) if (c === category) this.#marks.delete(mark);
          if (CATEGORIES.some((c) => this.#visible[c])) this.#ui.update(this.#legendProps());
          else this.#ui.remove();
        });
        return this.status();
      }
      const main = this.#o.extract(this.#doc);
      if (!main || main.text !== this.#lastText) await this.#pass(true);
      else if ((await this.#highlight(main, (f) => f.category === category, run.signal)).done) this.#showUi();
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
    this.#run?.abort();
    this.#run = null;
    this.#unwrapAll();
    this.#ui.remove();
    this.#watcher = null;
    this.#setAnalysis(null);
    this.#lastText = undefined;
    this.#hook('onOff', () => this.#o.onOff());
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

  /** One pass: extract, analyse (one measure), highlight in chunks (one measure). */
  async #pass(force: boolean): Promise<void> {
    const run = this.#run;
    if (!run || run.signal.aborted) return;
    const { now, perf } = this.#o;
    const start = now();
    let main = this.#o.extract(this.#doc);
    const unchanged = (main?.text ?? null) === this.#lastText && [...this.#marks.keys()].every((m) => m.isConnected);
    if (!force && unchanged) return; // not a pass: nothing to measure
    if (this.#marks.size > 0 || this.#doc.querySelector(HIGHLIGHT_SELECTOR)) {
      this.#ours(() => this.#unwrapAll());
      main = this.#o.extract(this.#doc);
    }
    const site = this.#doc.location?.hostname ?? '';
    const analysis = main ? this.#o.analyze(main.text, { title: this.#doc.title, site }) : null;
    this.#lastText = main?.text ?? null;
    this.#setAnalysis(analysis);
    const summary = { isReport: !!analysis?.isReport, ...this.#counts };
    recordMeasure(ANALYZE_MEASURE, start, now() - start, summary, perf);
    if (!main || !analysis?.isReport) {
      this.#ours(() => this.#ui.remove());
      recordMeasure(HIGHLIGHT_MEASURE, now(), 0, { ...summary, marks: 0 }, perf);
      this.#hook('onPass', () => this.#o.onPass(analysis, main));
      return;
    }
    const report = await this.#highlight(main, (f) => this.#visible[f.category], run.signal);
    if (!report.done) return;
    recordMeasure(
      HIGHLIGHT_MEASURE,
      report.start,
      report.busy,
      { ...summary, marks: this.#marks.size, chunks: report.chunks },
      perf,
    );
    // The legend and card are not highlighting: their own task, outside the measure.
    await (this.#o.yieldToMain ?? yieldToMain)();
    if (run.signal.aborted) return;
    this.#showUi();
    this.#hook('onReportFound', () => this.#o.onReportFound(analysis, main));
    this.#hook('onPass', () => this.#o.onPass(analysis, main));
  }

  #hook(name: string, call: () => void): void {
    try {
      call();
    } catch (error) {
      console.error(`GovMark: ${name}`, error);
    }
  }

  #highlight(main: MainText, shown: (f: Finding) => boolean, signal: AbortSignal): Promise<ChunkReport> {
    const spans = this.#findings.filter(shown).map((f) => ({ start: f.start, end: f.end, data: f }));
    const tasks: (() => void)[] = spansToRuns(main, spans).map(
      (run) => () => wrapRun(run, markAttributes, (mark, f) => this.#marks.set(mark, f.category)),
    );
    if (CATEGORIES.some((c) => this.#visible[c])) tasks.unshift(() => addPageStyle(this.#doc));
    return runInChunks(tasks, {
      budgetMs: this.#o.chunkBudgetMs,
      now: this.#o.now,
      yieldToMain: this.#o.yieldToMain,
      signal,
      wrap: (chunk) => this.#ours(chunk),
    });
  }

  #setAnalysis(analysis: Analysis | null): void {
    this.#analysis = analysis;
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

  #legendProps() {
    return {
      counts: this.#counts,
      visible: { ...this.#visible },
      pages: describePages(this.#analysis?.pages),
      // Failures are logged by the queue; nothing else to tell the legend.
      onToggle: (category: Category, visible: boolean) => void this.setCategoryVisible(category, visible).catch(noop),
      onSiteOff: () => void this.setSiteDisabled(true).catch((error) => console.error('GovMark:', error)),
    };
  }

  /** Style, legend and card, while any category is shown. */
  #showUi(): void {
    if (CATEGORIES.some((c) => this.#visible[c])) this.#ours(() => this.#ui.show(this.#legendProps()));
  }
}
