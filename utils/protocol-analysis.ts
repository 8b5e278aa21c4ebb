import type { Analysis, AnalyzeOptions } from '../analysis/types';

/** What the page needs of an analysis at once: the verdict and the printing's pages (legend, status). */
export type ReportSummary = Pick<Analysis, 'isReport' | 'confidence' | 'reasons' | 'pages'>;

/**
 * The background's answer: the verdict; the findings to highlight, made here (content/findings.ts's
 * encodeFindings: a flat array of numbers); where the whole analysis is kept (`kept`, a token for
 * `keptAnalysis`), or, when asked (`whole`), the whole Analysis as one JSON string; the analysis's own
 * running time (ms); whether it stored the page record (`recorded`), or stores it when the page asks
 * (`recordLater`: `recordKept` with the token, once the page's highlights are in). Or why it refused.
 */
export type AnalyzeTextReply =
  | {
      ok: true;
      summary: ReportSummary;
      findings: number[];
      kept?: string;
      analysis?: string;
      busy: number;
      recorded: boolean;
      recordLater: boolean;
    }
  | { ok: false; error: string };

/** The payload of `analyzeText`. */
export interface AnalyzeTextData {
  text: string;
  options: AnalyzeOptions;
  /** Store a report's page record. */
  record?: boolean;
  /** Send the whole analysis back too (a page whose kept analysis is gone). */
  whole?: boolean;
}

/** The whole analysis kept for a page, as JSON; or why not (gone: the page sends its text again). */
export type KeptAnalysisReply = { ok: true; analysis: string } | { ok: false; error: string };

/** Whether the background stored the page record kept for the sender; or why not (gone: the page records it itself). */
export type RecordKeptReply = { ok: true } | { ok: false; error: string };

/** Analysis off the page's main thread (issue 11). One JSDoc line each. */
export type AnalysisProtocol = {
  /** Analyses an article's text (sent once per pass by the content script); `record`: store a report's page record. */
  analyzeText(data: AnalyzeTextData): AnalyzeTextReply;
  /** The whole analysis kept for the sender's own tab and frame (a card's details), as JSON; gone: not ok. */
  keptAnalysis(data: { token: string }): KeptAnalysisReply;
  /** Stores the page record of the sender's own kept analysis (`recordLater`), once its highlights are in. */
  recordKept(data: { token: string }): RecordKeptReply;
  /** Runs the analysis engine's script in the sender's frame, for the page's own analysis when the background's failed. */
  loadAnalyzer(): { ok: true } | { ok: false; error: string };
};
