import type { Analysis, AnalyzeOptions } from '../analysis/types';

/** The background's answer: the findings and the analysis's own running time (ms), or why it refused. */
export type AnalyzeTextReply = { ok: true; analysis: Analysis; busy: number } | { ok: false; error: string };

/** Analysis off the page's main thread (issue 11). One JSDoc line each. */
export type AnalysisProtocol = {
  /** Analyses an article's text (sent once per pass by the content script) in the background. */
  analyzeText(data: { text: string; options: AnalyzeOptions }): AnalyzeTextReply;
};
