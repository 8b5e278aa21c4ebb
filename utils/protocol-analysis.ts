import type { Analysis, AnalyzeOptions } from '../analysis/types';

/** What the page needs of an analysis at once: the verdict and the printing's pages (legend, status). */
export type ReportSummary = Pick<Analysis, 'isReport' | 'confidence' | 'reasons' | 'pages'>;

/**
 * The background's answer: the verdict; the findings to highlight, made here (content/findings.ts's
 * encodeFindings: a flat array of numbers); the whole Analysis as one JSON string, which the page parses only
 * when it needs a target's details (a card, the popup); the analysis's own running time (ms), and whether it
 * stored the page record. Or why it refused.
 */
export type AnalyzeTextReply =
  | { ok: true; summary: ReportSummary; findings: number[]; analysis: string; busy: number; recorded: boolean }
  | { ok: false; error: string };

/** Analysis off the page's main thread (issue 11). One JSDoc line each. */
export type AnalysisProtocol = {
  /** Analyses an article's text (sent once per pass by the content script); `record`: store a report's page record. */
  analyzeText(data: { text: string; options: AnalyzeOptions; record?: boolean }): AnalyzeTextReply;
  /** Runs the analysis engine's script in the sender's frame, for the page's own analysis when the background's failed. */
  loadAnalyzer(): { ok: true } | { ok: false; error: string };
};
