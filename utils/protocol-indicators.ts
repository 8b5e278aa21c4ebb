import type { Figure } from '../analysis/indicator-compare';
import type { StorageReply } from './protocol-storage';

/** Last year's goals for a report page's indicators, from the same government's previous report in the library. */
export interface LastYearGoals {
  year: number;
  /** Per indicator: the goal, and where the page's own targets of it start (offsets into the page's text). */
  goals: { indicator: string; goal: Figure; starts: number[] }[];
}

/** Messages about indicators across the reader's reports (issue 14). */
export type IndicatorsProtocol = {
  /**
   * For the sender's own recorded report page only (scoped by the sender's URL, no payload): the goals the
   * library's previous-year report of the same region set for that page's indicators; null when none is held.
   */
  'indicators:lastYear'(): StorageReply<LastYearGoals | null>;
};
