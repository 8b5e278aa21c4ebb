import type { AnalyzeOptions } from '../analysis/types';

/**
 * The background's answer: the engine's Analysis as one JSON string (the page parses it at once: the browser's
 * conversion of a ~200 kB object graph for the page took longer than the parse), the analysis's own running
 * time (ms), and whether it stored the page record; or why it refused.
 */
export type AnalyzeTextReply =
  | { ok: true; analysis: string; busy: number; recorded: boolean }
  | { ok: false; error: string };

/** Analysis off the page's main thread (issue 11). One JSDoc line each. */
export type AnalysisProtocol = {
  /** Analyses an article's text (sent once per pass by the content script); `record`: store a report's page record. */
  analyzeText(data: { text: string; options: AnalyzeOptions; record?: boolean }): AnalyzeTextReply;
  /** Runs the analysis engine's script in the sender's frame, for the page's own analysis when the background's failed. */
  loadAnalyzer(): { ok: true } | { ok: false; error: string };
};
