import { browser } from 'wxt/browser';
import type { SenderScope } from '../../storage/sender-scope';
import { normalizeUrl } from '../../utils/normalize-url';
import { NOTE_FRAME_PAGE } from '../../utils/protocol-note-frame';

/** The parts of `runtime.MessageSender` the background trusts: the browser fills them in, never the sender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * Each tab's page as its content script's top frame last showed it (the browser's `sender.url` there).
 * Firefox gives an extension frame's sender no `tab.url` without the `tabs` permission: the note frame's
 * page is then its tab's, as learnt here. Our content script lists the page's notes before any card opens.
 */
export type TabPages = Map<number, string>;

/** GovMark itself: its id and its pages' origin (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface Self {
  id: string;
  origin: string;
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/**
 * Who a message came from, or undefined to refuse it: another extension, or a page whose address we
 * cannot tell. A content script's page is its tab's URL (its own frame's, for the top frame, where the
 * tab's is not given); the payload's URL never decides.
 */
export function senderScope(
  sender: SenderInfo | undefined,
  self: Self,
  pages: TabPages = new Map(),
): SenderScope | undefined {
  if (!sender || sender.id !== self.id) return undefined;
  const from = sender.url ?? '';
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url ?? (sender.frameId === 0 ? from : undefined);
  if (from.startsWith(self.origin)) {
    if (new URL(from).pathname !== NOTE_FRAME_PAGE) return { role: 'extension' };
    // The note frame runs inside a web page: scoped to its tab's page, like a content script.
    const page = tabUrl ?? (tabId === undefined ? undefined : pages.get(tabId));
    return page && isHttp(page) ? { role: 'frame', url: normalizeUrl(page) } : undefined;
  }
  if (!sender.tab || !tabUrl || !isHttp(tabUrl)) return undefined;
  if (sender.frameId === 0 && tabId !== undefined) pages.set(tabId, tabUrl);
  return { role: 'page', url: normalizeUrl(tabUrl) };
}

/** This extension, as the running browser names it. */
export function runtimeSelf(): Self {
  // tsconfig leaves out WXT's generated .wxt types, where getURL's typed overloads live.
  const runtime = browser.runtime as unknown as { id: string; getURL(path: string): string };
  return { id: runtime.id, origin: runtime.getURL('/') };
}
