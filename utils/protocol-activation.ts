/** Why running GovMark on a tab failed, so the popup can say something useful. */
export type InjectFailure = 'restricted' | 'no-permission' | 'no-tab' | 'failed';

export type InjectResult = { ok: true } | { ok: false; reason: InjectFailure; error: string };

/** Messages from the popup and options page to the background's activation code (issue 3). */
export type ActivationProtocol = {
  /**
   * Run GovMark on this tab now: injects the content script (activeTab) if absent, then analyzeNow; with
   * `asReport`, the page is read as a report whatever detection says (the reader's 仍然分析此页).
   */
  injectIntoTab(data: { tabId: number; asReport?: boolean }): InjectResult;
  /** Whether GovMark could run on this tab at all (a no-op script); `restricted` for about:blank, browser pages, stores, file: without access. */
  probeTab(data: { tabId: number }): InjectResult;
  /** Re-read the granted host permissions and (un)register the user-sites content script; returns the user origins. */
  syncUserSites(): string[];
};
