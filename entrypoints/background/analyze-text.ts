import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type Analysis, analyzeFirst, type FirstAnalysis } from '../../analysis';
import { db } from '../../storage/db';
import { makeStorageHandlers } from '../../storage/handlers';
import type { SenderScope } from '../../storage/sender-scope';
import type { PageRecord } from '../../storage/types';
import { onMessage } from '../../utils/messaging';
import type { AnalyzeTextReply, KeptAnalysisReply, RecordKeptReply } from '../../utils/protocol-analysis';
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
    asked: v.optional(v.boolean()),
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
  /**
   * Keeps the analysis for the sender's later `keptAnalysis`, and the storing of its page record (`store`) for
   * its `recordKept`; returns its token (none: not kept).
   */
  keep?: (first: FirstAnalysis, store?: () => Promise<void>) => string | undefined;
}

const storedRecord = (): NonNullable<AnalyzeTextDeps['record']> => {
  const handlers = makeStorageHandlers(db);
  return (record, scope) => handlers['pages:recordReport'](record, scope);
};

/**
 * Analyses a content script's article text here, off the page's main thread; the payload is validated first.
 * The reply carries the findings to highlight; naming the targets' indicators waits until a card asks for
 * the whole analysis or the page record is stored. With `record`, a report's page record is built from the
 * text already here (the page never sends it, a ~250 kB message of sentences, nor builds it on its main
 * thread) when the page asks (`recordKept`), once its highlights are in: stored at once only when the
 * analysis is not kept.
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
  const first = analyzeFirst(text, options);
  const busy = now() - start;
  const { analysis } = first;
  // Only a content script's page is recorded, under its own address (the scope's, never the payload's).
  const store =
    parsed.output.record && analysis.isReport && scope?.role === 'page'
      ? async () => {
          const page = pageRecordOf(first.nameIndicators(), text, { url: scope.url, title: options.title ?? '' });
          const stored = await record(page, scope);
          if (!stored.ok) throw new Error(`GovMark: the page record was not stored (${JSON.stringify(stored)})`);
        }
      : undefined;
  // Only a report's targets are ever asked for (a card, the popup).
  const kept = parsed.output.whole || !analysis.isReport ? undefined : keep(first, store);
  const later = store !== undefined && kept !== undefined;
  if (store && !later) {
    // Not awaited: the page's highlights need not wait for the write. Its transaction is begun now, so what
    // the page asks of the pages table later (last year's goals, once its highlights are in) is queued after it.
    store().catch((error: unknown) => console.error('GovMark: recording the report page failed', error));
  }
  // Not kept, the analysis goes to the page whole: with its indicators named, as analyze() gives it.
  const sent = kept === undefined ? first.nameIndicators() : analysis;
  return analysisReply(sent, busy, { recorded: store !== undefined && !later, recordLater: later }, kept);
}

/**
 * The answer to the page for an analysis: its verdict and the findings to highlight; then the token the whole
 * analysis is kept under (`kept`), or without one the whole analysis as JSON.
 */
export function analysisReply(
  analysis: Analysis,
  busy: number,
  { recorded, recordLater = false }: { recorded: boolean; recordLater?: boolean },
  kept?: string,
): AnalyzeTextReply {
  return {
    ok: true,
    summary: summaryOf(analysis),
    // The page highlights these at once; a card or the popup asks for the rest, when one opens.
    findings: encodeFindings(reportFindings(analysis)),
    ...(kept === undefined ? { analysis: JSON.stringify(analysis) } : { kept }),
    busy,
    recorded,
    recordLater,
  };
}

/** A kept analysis for its own tab and frame (`owner`), as JSON, or why not. */
export function answerKept(data: unknown, owner: string | undefined, kept: KeptAnalyses): KeptAnalysisReply {
  const parsed = v.safeParse(KeptPayload, data);
  if (!parsed.success) return { ok: false, error: `keptAnalysis: ${parsed.issues[0].message}` };
  const analysis = owner === undefined ? undefined : kept.get(parsed.output.token, owner);
  return analysis ? { ok: true, analysis: JSON.stringify(analysis) } : { ok: false, error: 'keptAnalysis: gone' };
}

/** Stores the page record kept under a token for its own tab and frame, once its highlights are in; or why not. */
export async function answerRecordKept(
  data: unknown,
  owner: string | undefined,
  kept: KeptAnalyses,
): Promise<RecordKeptReply> {
  const parsed = v.safeParse(KeptPayload, data);
  if (!parsed.success) return { ok: false, error: `recordKept: ${parsed.issues[0].message}` };
  const recording = owner === undefined ? undefined : kept.record(parsed.output.token, owner);
  if (!recording) return { ok: false, error: 'recordKept: gone' };
  try {
    await recording;
    return { ok: true };
  } catch (error) {
    console.error('GovMark: recording the report page failed', error);
    return { ok: false, error: `recordKept: ${error instanceof Error ? error.message : String(error)}` };
  }
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
      const keep = (first: FirstAnalysis, store?: () => Promise<void>) =>
        owner === undefined ? undefined : kept.keep(first, owner, store);
      return scope
        ? analyzeText(data, scope, { record, keep })
        : ({ ok: false, error: 'analyzeText: unknown sender' } satisfies AnalyzeTextReply);
    }),
    onMessage('keptAnalysis', ({ data, sender }) => {
      const scope = senderScope(sender as SenderInfo, self());
      return answerKept(data, pageOwner(scope, sender), kept);
    }),
    onMessage('recordKept', ({ data, sender }) => {
      const scope = senderScope(sender as SenderInfo, self());
      return answerRecordKept(data, pageOwner(scope, sender), kept);
    }),
    onMessage('loadAnalyzer', ({ sender }) => loadAnalyzer(sender, senderScope(sender as SenderInfo, self()))),
  ];
  const closed = (tabId: number) => {
    for (const write of kept.closed(tabId)) {
      write.catch((error: unknown) => console.error('GovMark: recording the closed report page failed', error));
    }
  };
  browser.tabs.onRemoved.addListener(closed);
  return () => {
    for (const stop of stops) stop();
    browser.tabs.onRemoved.removeListener(closed);
  };
}
