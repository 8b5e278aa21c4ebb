import type { Figure } from '../analysis/indicator-compare';
import type { StorageReply } from './protocol-storage';

/** What a recorded report page's figures measure, and last year's goals for them (offsets into the page's text). */
export interface PageIndicators {
  /** The year before the report's, when its key names one (report:2022:全国 → 2021). */
  year: number | null;
  /**
   * Per indicator: the goal the same government's previous report in the library set, and where the page's
   * own targets of it start. Empty when the library holds no such report.
   */
  goals: { indicator: string; goal: Figure; starts: number[] }[];
  /** Headline indicators the page measures once (居民人均可支配收入增速, 赤字率), and where their targets start. */
  headlines: { indicator: string; starts: number[] }[];
  /** Where the page's several-year figures start: a five-year plan's goals and totals, annual averages. */
  severalYears: number[];
}

/** Messages about indicators across the reader's reports (issue 14). */
export type IndicatorsProtocol = {
  /**
   * For the sender's own recorded report page only (scoped by the sender's URL, no payload): what its figures
   * measure, and the goals the library's previous-year report of the same region set for them; null when
   * the page is not recorded.
   */
  'indicators:ofPage'(): StorageReply<PageIndicators | null>;
};
