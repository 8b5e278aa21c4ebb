import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type Analysis, analyze } from '../../analysis';
import { db } from '../../storage/db';
import { makeStorageHandlers } from '../../storage/handlers';
import type { SenderScope } from '../../storage/sender-scope';
import type { PageRecord } from '../../storage/types';
import { onMessage } from '../../utils/messaging';
import type { AnalyzeTextReply, KeptAnalysisReply } from '../../utils/protocol-analysis';
import { encodeFindings, reportFindings, summaryOf } from '../content/findings';
import { pageRecordOf } from '../content/page-record';
import { KeptAnalyses, ownerOf } from './kept-analyses';
import { runtimeSelf, type Self, type SenderInfo, senderScope } from './sender-scope';

// A long report is ~100k characters; far more is not an article.
const AnalyzeTextPayload = v.object({
  text: v.pipe(v.string(), v.maxLength(5_000_000)),
  options: v.object({
    title: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
    site: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  }),
  record: v.optional(v.boolean()),
  whole: v.optional(v.boolean()),
});
const KeptPayload = v.object({ token: v.pipe(v.string(), v.maxLength(100)) });

/** The analysis engine's script (entrypoints/analysis-engine.ts), run in a page only when asked. */
export const ANALYSIS_ENGINE_SCRIPT = '/analysis-engine.js';

export interface AnalyzeTextDeps {
  now?: () => number;
  /** Stores a report's page record for the content script in `scope` (the storage handler, which checks it). */
  record?: (record: PageRecord, scope: SenderScope) => Promise<{ ok: boolean }>;
  /** Keeps the whole analysis for the sender's later `keptAnalysis`; returns its token (none: not kept). */
  keep?: (analysis: Analysis) => string | undefined;
}

const storedRecord = (): NonNullable<AnalyzeTextDeps['record']> => {
  const handlers = makeStorageHandlers(db);
  return (record, scope) => handlers['pages:recordReport'](record, scope);
};

/**
 * Analyses a content script's article text here, off the page's main thread; the payload is validated first.
 * With `record`, a report's page record is built from the text already here and its storing begun, so the
 * page never sends it (a ~250 kB message of sentences) nor builds it on its main thread.
 */
export async function analyzeText(
  data: unknown,
  scope: SenderScope | undefined,
  { now = () => performance.now(), record = storedRecord(), keep = () => undefined }: AnalyzeTextDeps = {},
): Promise<AnalyzeTextReply> {
  const parsed = v.safeParse(AnalyzeTextPayload, data);
  if (!parsed.success) return { ok: false, error: `analyzeText: ${parsed.issues[0].message}` };
  const start = now();
  const { text, options } = parsed.output;
  const analysis = analyze(text, options);
  const busy = now() - start;
  let recorded = false;
  // Only a content script's page is recorded, under its own address (the scope's, never the payload's).
  if (parsed.output.record && analysis.isReport && scope?.role === 'page') {
    const page = pageRecordOf(analysis, text, { url: scope.url, title: options.title ?? '' });
    // Not awaited: the page's highlights need not wait for the write. Its transaction is begun now, so what
    // the page asks of the pages table later (last year's goals, once its highlights are in) is queued after it.
    void record(page, scope)
      .then((stored) => stored.ok || Promise.reject(stored))
      .catch((error: unknown) => console.error('GovMark: recording the report page failed', error));
    recorded = true;
  }
  // Only a report's targets are ever asked for (a card, the popup).
  const kept = parsed.output.whole || !analysis.isReport ? undefined : keep(analysis);
  return analysisReply(analysis, busy, recorded, kept);
}

/**
 * The answer to the page for an analysis: its verdict and the findings to highlight; then the token the whole
 * analysis is kept under (`kept`), or without one the whole analysis as JSON.
 */
export function analysisReply(analysis: Analysis, busy: number, recorded: boolean, kept?: string): AnalyzeTextReply {
  return {
    ok: true,
    summary: summaryOf(analysis),
    // The page highlights these at once; a card or the popup asks for the rest, when one opens.
    findings: encodeFindings(reportFindings(analysis)),
    ...(kept === undefined ? { analysis: JSON.stringify(analysis) } : { kept }),
    busy,
    recorded,
  };
}

/** A kept analysis for its own tab and frame (`owner`), as JSON, or why not. */
export function answerKept(data: unknown, owner: string | undefined, kept: KeptAnalyses): KeptAnalysisReply {
  const parsed = v.safeParse(KeptPayload, data);
  if (!parsed.success) return { ok: false, error: `keptAnalysis: ${parsed.issues[0].message}` };
  const analysis = owner === undefined ? undefined : kept.get(parsed.output.token, owner);
  return analysis ? { ok: true, analysis: JSON.stringify(analysis) } : { ok: false, error: 'keptAnalysis: gone' };
}

/** Runs the engine's script in the sender's own frame: only a content script of ours, in its tab, asks. */
async function loadAnalyzer(sender: SenderInfo & { tab?: { id?: number } }, scope: SenderScope | undefined) {
  const tabId = sender.tab?.id;
  if (scope?.role !== 'page' || tabId === undefined) return { ok: false as const, error: 'loadAnalyzer: not a page' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [ANALYSIS_ENGINE_SCRIPT],
    });
    return { ok: true as const };
  } catch (error) {
    return { ok: false as const, error: `loadAnalyzer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Answers GovMark's own content scripts and pages (no one else's: senderScope); returns the function that stops listening. */
export function registerAnalyzeText(self: () => Self = runtimeSelf): () => void {
  const record = storedRecord();
  const kept = new KeptAnalyses();
  // Only a content script's page owns a kept analysis.
  const pageOwner = (scope: SenderScope | undefined, sender: SenderInfo & { tab?: { id?: number } }) =>
    scope?.role === 'page' ? ownerOf(sender) : undefined;
  const stops = [
    onMessage('analyzeText', ({ data, sender }) => {
      const scope = senderScope(sender as SenderInfo, self());
      const owner = pageOwner(scope, sender);
      const keep = (analysis: Analysis) => (owner === undefined ? undefined : kept.keep(analysis, owner));
      return scope
        ? analyzeText(data, scope, { record, keep })
        : ({ ok: false, error: 'analyzeText: unknown sender' } satisfies AnalyzeTextReply);
    }),
    onMessage('keptAnalysis', ({ data, sender }) => {
      const scope = senderScope(sender as SenderInfo, self());
      return answerKept(data, pageOwner(scope, sender), kept);
    }),
    onMessage('loadAnalyzer', ({ sender }) => loadAnalyzer(sender, senderScope(sender as SenderInfo, self()))),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
