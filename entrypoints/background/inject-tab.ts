import type { InjectFailure, InjectResult } from '../../utils/protocol-activation';

/** The browser calls injection needs; tests pass fakes. */
export interface InjectApi {
  /** Resolves when a GovMark content script in the tab answers, rejects when there is none. */
  ping(tabId: number): Promise<unknown>;
  /** Runs the bundled content script in the tab (needs activeTab or a host permission). */
  executeScript(tabId: number): Promise<unknown>;
  /** Asks the tab's content script to analyse and highlight now, report or not. */
  /** `asReport`: read the page as a report whatever detection says (the reader asked). */
  analyzeNow(tabId: number, asReport?: boolean): Promise<unknown>;
}

/** What the browser's error says, in the popup's terms (Chrome's and Firefox's wordings). */
export function classifyInjectError(message: string): InjectFailure {
  if (/No tab with id/i.test(message)) return 'no-tab';
  if (
    /cannot be scripted|Cannot access an? [a-z-]+:\/\/ URL|Cannot access contents of url "(?:about|view-source|chrome|edge|data|file|devtools)/i.test(
      message,
    )
  ) {
    return 'restricted';
  }
  if (/permission|Cannot access contents/i.test(message)) return 'no-permission';
  return 'failed';
}

/**
 * Whether any script may run in the tab, found by running one that does nothing: the browser's refusal
 * names pages no extension may touch (about:blank, chrome://, the stores, file: without access), which the
 * popup cannot tell from the tab's address when the browser hides it.
 */
export async function probeTab(tabId: number, run: (tabId: number) => Promise<unknown>): Promise<InjectResult> {
  try {
    await run(tabId);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: classifyInjectError(message), error: message };
  }
}

/**
 * Runs GovMark on a tab now: if a content script is already there (default or user site) it is
 * only asked to analyse, so the page never gets two; otherwise it is injected first.
 */
export async function injectIntoTab(tabId: number, api: InjectApi, asReport = false): Promise<InjectResult> {
  try {
    const present = await api.ping(tabId).then(
      () => true,
      () => false,
    );
    if (!present) await api.executeScript(tabId);
    await api.analyzeNow(tabId, asReport);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: classifyInjectError(message), error: message };
  }
}
