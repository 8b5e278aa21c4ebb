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

/**
 * Each tab's page as it moved without loading (`history.pushState`), from the document's first address: Firefox
 * keeps a content script's `sender.url` at the address the document loaded with. Learnt only from that tab's
 * top-frame content script, only within its document's origin (`pageMoved`), and dropped with that document.
 */
export type TabMoves = Map<number, { from: string; to: string }>;

/** The moves every scope check of this background reads. */
export const tabMoves: TabMoves = new Map();

/**
 * The top frame's content script says its page took another address in the same document. Refused unless it
 * stays in the document's origin (a page can do no more with `pushState`); back to the first address forgets.
 */
export function pageMoved(
  sender: SenderInfo | undefined,
  self: Self,
  url: string,
  moves: TabMoves = tabMoves,
): boolean {
  if (!sender || sender.id !== self.id || sender.frameId !== 0 || sender.tab?.id === undefined) return false;
  const from = sender.url ?? '';
  if (!isHttp(from) || !isHttp(url)) return false;
  let same: boolean;
  try {
    same = new URL(url).origin === new URL(from).origin;
  } catch {
    return false;
  }
  if (!same) return false;
  if (normalizeUrl(url) === normalizeUrl(from)) moves.delete(sender.tab.id);
  else moves.set(sender.tab.id, { from, to: url });
  return true;
}

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
  moves: TabMoves = tabMoves,
): SenderScope | undefined {
  if (!sender || sender.id !== self.id) return undefined;
  const from = sender.url ?? '';
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url ?? (sender.frameId === 0 ? movedFrom(moves, tabId, from) : undefined);
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

/** The top frame's page: where its document moved to, if it did; a move of an earlier document is forgotten. */
function movedFrom(moves: TabMoves, tabId: number | undefined, from: string): string {
  const move = tabId === undefined ? undefined : moves.get(tabId);
  if (!move) return from;
  if (move.from === from) return move.to;
  moves.delete(tabId as number);
  return from;
}
