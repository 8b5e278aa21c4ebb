import { findAgencies } from './agencies';
import { detectReport } from './detect-report';
import { assignIndicators } from './indicator';
import { linkResponsibleBodies } from './link-agency';
import { type NormalizedText, normalizeText, originalOffset, originalRange } from './normalize-text';
import { findPageInfo } from './page-markers';
import { sentenceSpan } from './sentence-span';
import { severalYearFigures } from './several-years';
import { classifyKinds } from './target-kind';
import { findQuantities } from './targets';
import { indexText } from './text-index';
import type { Analysis, AnalyzeOptions, Span, Target } from './types';

export type * from './types';

/** Reads a text as an analyst would: is it a government work report, which numbers are targets, which bodies answer. */
export function analyze(original: string, options: AnalyzeOptions = {}): Analysis {
  return runSteps(analyzeInSteps(original, options));
}

/** An analysis whose targets are not yet named by indicator: what a page highlights, before what its cards show. */
export interface FirstAnalysis {
  /** analyze()'s answer, but for each target's `indicator`. */
  readonly analysis: Analysis;
  /** Gives the targets their indicators, in place, the first time; then `analysis` is analyze()'s exactly. */
  nameIndicators(): Analysis;
}

/**
 * analyze() with the naming of indicators left for later: on a long report's first reading in a fresh
 * service worker, naming is about half of the work, and the highlights need none of it (issue 11).
 */
export function analyzeFirst(original: string, options: AnalyzeOptions = {}): FirstAnalysis {
  return runSteps(firstInSteps(original, options));
}

/**
 * analyze(), one stage at a time: between stages the caller may let the browser paint and handle input (a
 * page's own analysis, issue 11). The stages share the whole text's state (the index, the targets, the
 * section kinds), so the answer is analyze()'s exactly; analyze() is this, run without pausing.
 */
export function* analyzeInSteps(original: string, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const first = yield* firstInSteps(original, options);
  yield;
  return first.nameIndicators();
}

function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* firstInSteps(original: string, options: AnalyzeOptions): Generator<void, FirstAnalysis, void> {
  // Every recogniser reads one normalised view (spaces, widths, line breaks, traditional characters folded);
  // every span it finds is given back in the original's offsets, with the original's text.
  const view = normalizeText(original);
  const text = view.text;
  const title = options.title === undefined ? undefined : normalizeText(options.title).text;
  yield;
  // One pass over the characters tells every recogniser where to look.
  const index = indexText(text);
  yield;
  const targets: Target[] = findQuantities(text, index);
  yield;
  const kinds = classifyKinds(text, targets, index.sentenceStops);
  const bodies = linkResponsibleBodies(text, targets, index.brackets);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as Target;
    target.kind = kinds[i] ?? 'other';
    const linked = bodies[i];
    if (linked !== undefined && linked.length > 0) target.agency = asWritten(original, view, target, linked);
    target.sentenceAt = sentenceSpan(index.sentenceStops, target.start, target.end, text.length);
  }
  yield;
  const agencies = findAgencies(text, index);
  yield;
  const detectOptions = title === undefined ? options : { ...options, title };
  const pages = findPageInfo(text, title);
  // Indicators are named on the normalised view: the targets as found there are kept for it.
  const inView = view.runs === null ? targets : targets.map((target) => ({ ...target }));
  if (view.runs !== null) {
    for (const span of targets) {
      toOriginal(original, view, span);
      if (span.sentenceAt) span.sentenceAt = originalRange(view, span.sentenceAt[0], span.sentenceAt[1]);
    }
    for (const span of agencies) toOriginal(original, view, span);
  }
  const analysis: Analysis = { ...detectReport(text, detectOptions), targets, agencies, ...(pages ? { pages } : {}) };
  let named = false;
  return {
    analysis,
    nameIndicators() {
      if (named) return analysis;
      named = true;
      // Here, where the whole text is: a page's sentences alone cannot tell a five-year plan's figures. Before
      // the naming, which keeps a plan period's totals apart from the year's figures.
      const several = severalYearFigures(text, inView);
      for (let i = 0; i < targets.length; i++) {
        if (!several[i]) continue;
        (targets[i] as Target).severalYears = true;
        (inView[i] as Target).severalYears = true;
      }
      assignIndicators(text, inView);
      if (inView !== targets)
        for (let i = 0; i < targets.length; i++) {
          const indicator = (inView[i] as Target).indicator;
          if (indicator !== undefined) (targets[i] as Target).indicator = indicator;
        }
      return analysis;
    },
  };
}

/** Moves a span found in the normalised view onto the original text. */
function toOriginal(original: string, view: NormalizedText, span: Span): void {
  const [start, end] = originalRange(view, span.start, span.end);
  span.start = start;
  span.end = end;
  span.text = original.slice(start, end);
}

/**
 * The responsible bodies in the original's characters (衞 stays 衞): each name is found in the view after its
 * target and read from the original units it was folded from, without the invisible ones between them.
 */
function asWritten(original: string, view: NormalizedText, target: Span, names: readonly string[]): string[] {
  if (view.runs === null) return [...names];
  let after = target.end;
  return names.map((name) => {
    const at = view.text.indexOf(name, after);
    if (at === -1) return name;
    after = at + name.length;
    let written = '';
    for (let j = at; j < after; j++) written += original[originalOffset(view, j)];
    return written;
  });
}
