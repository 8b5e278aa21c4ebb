import { analyze as engineAnalyze } from '../../analysis';
import type { Analysis, AnalyzeOptions } from '../../analysis/types';
import type { AnalyzeTextReply } from '../../utils/protocol-analysis';

/** An analysis and the time it kept a thread busy; `where` it ran. */
export interface Analyzed {
  analysis: Analysis;
  busy: number;
  where: 'page' | 'background';
}

/** Reads an article's text: in the page, or off its main thread. */
export type PageAnalyzer = (text: string, options: AnalyzeOptions) => Promise<Analyzed>;

/** The engine on the page's own main thread. */
export function inPageAnalyzer(
  analyze: (text: string, options: AnalyzeOptions) => Analysis = engineAnalyze,
  now: () => number = () => performance.now(),
): PageAnalyzer {
  return async (text, options) => {
    const start = now();
    const analysis = analyze(text, options);
    return { analysis, busy: now() - start, where: 'page' };
  };
}

export interface OffPageOptions {
  /** Sends the text to the background (service worker or background page), which analyses it. */
  send(data: { text: string; options: AnalyzeOptions }): Promise<AnalyzeTextReply | undefined>;
  /** Where the analysis runs when the background cannot answer. */
  fallback?: PageAnalyzer;
  /** A background that has not answered by then is given up on (it may be starting: the first wake-up is slow). */
  timeoutMs?: number;
}

/**
 * The text goes to the background once and the findings come back; the page's main thread only extracts and
 * highlights. A sleeping service worker is woken by the message itself; a failure, a refusal or no answer in
 * time and the page analyses the text itself, and keeps doing so (the background is gone, e.g. the extension
 * was reloaded under this page).
 */
export function offPageAnalyzer({ send, fallback = inPageAnalyzer(), timeoutMs = 5000 }: OffPageOptions): PageAnalyzer {
  let broken = false;
  return async (text, options) => {
    if (!broken) {
      try {
        const reply = await withTimeout(send({ text, options }), timeoutMs);
        if (reply?.ok) return { analysis: reply.analysis, busy: reply.busy, where: 'background' };
        console.warn('GovMark: the background did not analyse the page', reply?.error);
      } catch (error) {
        console.warn('GovMark: the background did not answer; analysing in the page', error);
      }
      broken = true;
    }
    return fallback(text, options);
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
