import type { Category, PageInfo } from '../analysis/types';

// The vocabulary lives with the engine's types; re-exported here for the protocol's users.
export { CATEGORIES, type Category } from '../analysis/types';

export type CategoryCounts = Record<Category, number>;
export type CategoryVisibility = Record<Category, boolean>;

/** What the content script knows about its page. */
export interface PageStatus {
  isReport: boolean;
  /** 0..1, the engine's confidence in `isReport`. */
  confidence: number;
  reasons: string[];
  /** Findings per category (all of them, shown or hidden). */
  counts: CategoryCounts;
  visible: CategoryVisibility;
  /** Newspaper continuation markers, when the page is one part of a longer printing. */
  pages?: PageInfo;
  /** "在此网站关闭" is set for this page's host. */
  siteDisabled: boolean;
}

/** A request the content script refused (malformed payload) or could not carry out. */
export interface ContentFailure {
  ok: false;
  error: string;
}

/** Messages between the popup/background and the content script (issue 3). One JSDoc line each. */
export type ContentProtocol = {
  /** The page's verdict, counts and shown categories; answers at once, also mid-pass (doubles as a ping). */
  getPageStatus(): PageStatus;
  /** Shows or hides one category of highlights on the page; answers the new status. */
  setCategoryVisible(data: { category: Category; visible: boolean }): PageStatus | ContentFailure;
  /**
   * Analyses the page now, even on a switched-off site (the user asked); answers when the pass has ended.
   * `asReport`: the reader overrides detection, and the page is read as a report from now on.
   */
  analyzeNow(data?: { asReport?: boolean }): PageStatus | ContentFailure;
  /** Switches GovMark off (page restored at once) or on again for this site, remembered in storage.local. */
  setSiteDisabled(data: { disabled: boolean }): PageStatus | ContentFailure;
};
