import { extractMainText, type MainText, mainTextOf } from '../../utils/main-text';
import { normalizeUrl } from '../../utils/normalize-url';
import type { Category, CategoryVisibility, PageStatus } from '../../utils/protocol-content';
import type { Finding } from './findings';
import { HIGHLIGHT_SELECTOR, unwrapMarks } from './highlighter';
import { type LivingPage, type Timers, watchLivingPage } from './living-page';
import type { Analyzed, PageAnalyzer } from './page-analyzer';
import type { PageControls, PageFeature, PagePass } from './page-pass';
import { type PageReading, readingOf } from './page-reading';
import { type ShowContext, showPass } from './show-pass';
import type { SiteSwitch } from './site-switch';
import {
  ANALYZE_MEASURE,
  type ChunkReport,
  HIGHLIGHT_MEASURE,
  type Measurer,
  recordMeasure,
  VISIBLE_MEASURE,
  yieldToIdle,
  yieldToMain,
} from './timing';

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
  /** The page's address, at the first pass and whenever it changes; awaited before a pass on a new one. */
  onAddress?: (url: string) => Promise<unknown>;
}

const ALL_VISIBLE: CategoryVisibility = { goal: true, past: true, other: true, agency: true };
// How often in a row the highlights a page removed are put back before GovMark lets the page be.
const MAX_PUT_BACK = 3;
// A page that fights the highlights takes them away as soon as they are back; a reader who re-renders the
// article (a large-print toggle) does it seconds apart. Put-backs further apart than this start the count over.
const PUT_BACK_QUIET_MS = 2000;

const alwaysOn: SiteSwitch = { isDisabled: async () => false, setDisabled: async () => {}, watch: () => () => {} };

type Resolved = Required<
  Pick<GovmarkPageOptions, 'extract' | 'siteSwitch' | 'features' | 'now' | 'perf' | 'yieldToMain' | 'yieldToIdle'>
>;

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
  /** The current analysis and what it shows. */
  #read: PageReading = readingOf(null);
  /** The main text of the last pass; undefined before any pass. */
  #lastText: string | null | undefined;
  /** The page's address at the last pass: another one (single-page navigation) is another page. */
  #lastUrl: string | undefined;
  /** Passes in a row that only put back highlights the page took away, its text unchanged. */
  #putBack = 0;
  /** When the last pass started, or ended once it did, on the page's clock. */
  #lastPassAt = Number.NEGATIVE_INFINITY;
  #lastRoot: Element | null = null;
  #visible: CategoryVisibility = { ...ALL_VISIBLE };
  #marks = new Map<HTMLElement, Category>();
  #siteDisabled = false;
  /** The reader asked for this page to be read as a report (analyzeNow). */
  #asked = false;
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
      yieldToMain,
      yieldToIdle,
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
    const a = this.#read.report;
    return {
      isReport: !!a?.isReport,
      confidence: a?.confidence ?? 0,
      reasons: a?.reasons ?? [],
      counts: { ...this.#read.counts },
      visible: { ...this.#visible },
      ...(a?.isReport && a.pages ? { pages: a.pages } : {}),
      siteDisabled: this.#siteDisabled,
    };
  }

  /** Brings the page up to date now, on a switched-off site too (the user asked); resolves when done. */
  async analyzeNow(asReport = false): Promise<PageStatus> {
    if (this.#destroyed) return this.status();
    // The popup's 仍然分析此页: this page is read as a report from now on, even with its text unchanged.
    if (asReport) this.#asked = true;
    await (this.#run ? this.#enqueuePass(asReport) : this.#turnOn());
    return this.status();
  }

  setCategoryVisible(category: Category, visible: boolean): Promise<PageStatus> {
    return this.#enqueue(async () => {
      if (this.#visible[category] === visible) return this.status();
      this.#visible[category] = visible;
      const run = this.#run;
      const reading = this.#reading;
      if (!run || !reading || !this.#read.report?.isReport) return this.status();
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

  /** Whether the reader's focus is on one of our highlights, or their selection is in the article. */
  #readerIsHere(): boolean {
    const active = this.#doc.activeElement;
    if (active?.matches(HIGHLIGHT_SELECTOR)) return true;
    const selection = this.#doc.getSelection?.();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    return this.#lastRoot?.contains(selection.anchorNode) === true;
  }

  /** One pass: extract and analyse (one measure), highlight in view then the rest (one measure), announce. */
  async #pass(force: boolean): Promise<void> {
    const run = this.#run;
    if (!run || run.signal.aborted) return;
    // A living page's change waits while the reader is on a highlight or selecting words: a pass would take
    // their focus, their card or the words they are selecting for a note (helper's QA: a live counter inside
    // the article). Looked at again after the watcher's pause.
    if (!force && this.#readerIsHere()) {
      this.#watcher?.poke();
      return;
    }
    // A new address with the same text (the page swapped its article first, or only its address) is another
    // page all the same: its notes, its record, and the reader's 仍然分析此页 went with the page left.
    // Compared as the notes are filed: a fragment (`#part2`) or a tracking parameter is the same page.
    const href = this.#doc.location?.href;
    const url = href === undefined ? undefined : normalizeUrl(href);
    if (url !== this.#lastUrl && href !== undefined) {
      const moved = this.#lastUrl !== undefined;
      this.#lastUrl = url;
      const told = this.#o.onAddress?.(href).catch(() => undefined);
      if (moved) {
        force = true;
        this.#asked = false;
        await told;
        if (run.signal.aborted) return;
      }
    }
    const { now, perf } = this.#o;
    const start = now();
    let main = this.#o.extract(this.#doc);
    const sameText = (main?.text ?? null) === this.#lastText;
    const unchanged = sameText && [...this.#marks.keys()].every((m) => m.isConnected);
    if (!force && unchanged) return; // not a pass: nothing to measure
    // A page that takes our highlights away again and again, its text the same, is let be: no endless passes.
    const soon = start - this.#lastPassAt < PUT_BACK_QUIET_MS;
    this.#putBack = !force && sameText ? (soon ? this.#putBack + 1 : 1) : 0;
    if (this.#putBack > MAX_PUT_BACK) return;
    this.#lastPassAt = start;
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
    // The text goes out in a task of its own: the walk that found it is long enough on a long report.
    await this.#o.yieldToMain();
    if (reading.signal.aborted) return;
    const site = this.#doc.location?.hostname ?? '';
    const options = { title: this.#doc.title, site, ...(this.#asked ? { asked: true } : {}) };
    const analyzed = main ? await this.#o.analyzer(main.text, options) : null;
    if (reading.signal.aborted) return;
    this.#lastText = main?.text ?? null;
    this.#lastRoot = main?.root ?? null;
    this.#setAnalysis(analyzed);
    const isReport = !!analyzed?.summary.isReport;
    const summary = { isReport, ...this.#read.counts };
    recordMeasure(
      ANALYZE_MEASURE,
      start,
      extracted + (analyzed?.busy ?? 0),
      { ...summary, where: analyzed?.where ?? 'page' },
      perf,
    );
    if (!main || !isReport) {
      const at = now();
      recordMeasure(VISIBLE_MEASURE, at, 0, { ...summary, marks: 0 }, perf);
      recordMeasure(HIGHLIGHT_MEASURE, at, 0, { ...summary, marks: 0 }, perf);
      await this.#show(main, () => false, 'analysis', reading.signal);
      this.#lastPassAt = now();
      return;
    }
    // The findings were taken in by the task that received them; the spans are laid on the page in the next.
    await this.#o.yieldToMain();
    if (reading.signal.aborted) return;
    const report = await this.#show(main, (f) => this.#visible[f.category], 'analysis', reading.signal, summary);
    // Seconds from here, not from the start: a long pass on a slow machine is no pause of the page's.
    this.#lastPassAt = now();
    if (!report.done) return;
    recordMeasure(
      HIGHLIGHT_MEASURE,
      report.start,
      report.busy,
      { ...summary, marks: this.#marks.size, chunks: report.chunks },
      perf,
    );
  }

  #setAnalysis(analyzed: Analyzed | null): void {
    this.#read = readingOf(analyzed);
  }

  /** Highlights the shown findings of the current reading, in view first, and announces the pass (show-pass.ts). */
  #show(
    main: MainText | null,
    shown: (f: Finding) => boolean,
    cause: PagePass['cause'],
    signal: AbortSignal,
    summary?: object,
  ): Promise<ChunkReport> {
    const run = this.#run;
    if (!run) return Promise.resolve({ start: this.#o.now(), busy: 0, chunks: 0, done: false });
    const o = this.#o;
    const context: ShowContext = {
      doc: this.#doc,
      reading: this.#read,
      visible: this.#visible,
      marks: this.#marks,
      features: o.features,
      off: run.signal,
      controls: this.#controls,
      yieldToMain: o.yieldToMain,
      yieldToIdle: o.yieldToIdle,
      chunkBudgetMs: o.chunkBudgetMs,
      now: o.now,
      perf: o.perf,
      ours: (change) => this.#ours(change),
    };
    return showPass(context, main, shown, cause, signal, summary);
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
