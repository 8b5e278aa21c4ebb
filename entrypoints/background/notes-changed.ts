import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { SenderScope } from '../../storage/sender-scope';
import { onMessage, sendMessage } from '../../utils/messaging';
import { normalizeUrl } from '../../utils/normalize-url';
import type { NotesChanged } from '../../utils/protocol-notes';
import type { StorageProtocol } from '../../utils/protocol-storage';
import { NoteTabs } from './note-tabs';
import { runtimeSelf, type Self, type SenderInfo, senderScope } from './sender-scope';

/** The tabs whose content script listed its page's notes (note-tabs.ts). */
export const noteTabs = new NoteTabs();

/** Where a change is told: the tabs showing notes, by their pages, and GovMark's own pages. */
export interface ChangeListeners {
  tabs(): Promise<{ id?: number; url?: string }[]>;
  toTab(tabId: number, change: NotesChanged): Promise<unknown>;
  toPages(change: NotesChanged): Promise<unknown>;
}

const browserListeners: ChangeListeners = {
  tabs: () => noteTabs.list(),
  // The top frame only: that is where the page's notes live.
  toTab: (tabId, change) => sendMessage('notes:changed', change, { tabId, frameId: 0 }),
  toPages: (change) => sendMessage('notes:changed', change),
};

/** Who is told of one write: the pages' URLs, and whether the tabs (all but the writer's own) hear of it. */
export interface NoteWrite {
  urls: string[];
  tabs: boolean;
  pages: boolean;
  exceptTab?: number;
}

/**
 * Tells every surface that these pages' notes were written. A tab hears only of its own page (its URL and
 * nothing else: the privacy rule of issue 12), and has re-read its notes before the extension's pages
 * (popup, library) hear of it, so a popup that then asks the page for its state gets the new one.
 */
export async function announceNotesChanged(
  { urls, tabs: toTabs, pages, exceptTab }: NoteWrite,
  listeners: ChangeListeners = browserListeners,
): Promise<void> {
  const changed = new Set(urls);
  const tabs = toTabs ? await listeners.tabs().catch(() => []) : [];
  await Promise.allSettled(
    tabs.flatMap((tab) => {
      const url = tab.url && /^https?:/i.test(tab.url) ? normalizeUrl(tab.url) : undefined;
      if (tab.id === undefined || tab.id === exceptTab || !url || !changed.has(url)) return [];
      return [listeners.toTab(tab.id, { urls: [url] })];
    }),
  );
  // No extension page open is the usual case, not an error.
  if (pages) await listeners.toPages({ urls: [...changed] }).catch(() => undefined);
}

const WRITES = new Set<keyof StorageProtocol>([
  'notes:add',
  'notes:update',
  'notes:follow',
  'notes:delete',
  'notes:restore',
  'notes:import',
]);

/**
 * What a successful storage write through the background announces (its payload already validated by the
 * handler). The content script that wrote has already shown it: its own tab is not told again. A page
 * moving a note's anchor where its words went (`notes:follow`) tells no other tab: each tab anchors by the
 * quote itself, and two tabs of a changing page would otherwise move it back and forth without end.
 */
export function noteWriteOf(
  name: keyof StorageProtocol,
  data: unknown,
  value: unknown,
  scope: SenderScope,
  senderTab?: number,
): NoteWrite | undefined {
  if (!WRITES.has(name)) return undefined;
  const urlsOf = (records: readonly { url: string }[]) => [...new Set(records.map((r) => normalizeUrl(r.url)))];
  const plan = data as { add?: { url: string }[]; update?: { url: string }[] };
  const urls =
    name === 'notes:import'
      ? urlsOf([...(plan.add ?? []), ...(plan.update ?? [])])
      : urlsOf([value as { url: string }]);
  if (urls.length === 0) return undefined;
  const fromPage = scope.role === 'page';
  // Only the page's own following of moved words stays in its tab: each tab anchors by the quote itself.
  const anchorOnly = name === 'notes:follow';
  return { urls, pages: true, tabs: !(fromPage && anchorOnly), exceptTab: fromPage ? senderTab : undefined };
}

/** A content script listing its page's notes (top frame): its tab shows that page from now on. */
export function seenTab(name: keyof StorageProtocol, scope: SenderScope, sender: SenderInfo, tabs = noteTabs): void {
  if (name !== 'notes:listForUrl' || scope.role !== 'page' || sender.frameId !== 0) return;
  if (sender.tab?.id !== undefined) void tabs.remember(sender.tab.id, scope.url);
}

const ChangedPayload = v.object({ urls: v.pipe(v.array(v.pipe(v.string(), v.maxLength(4096))), v.maxLength(10_000)) });

/**
 * Passes on to the tabs the writes GovMark's own pages made in their own Dexie (library edits, deletes,
 * undo, imports; utils/notes-changed.ts): the other extension pages heard the page's message directly.
 */
export function registerNotesChanged(self: () => Self = runtimeSelf, listeners = browserListeners): () => void {
  const closed = (tabId: number) => void noteTabs.forget(tabId);
  browser.tabs.onRemoved.addListener(closed);
  const stop = onMessage('notes:changed', ({ data, sender }) => {
    if (senderScope(sender as SenderInfo, self())?.role !== 'extension') return undefined;
    const parsed = v.safeParse(ChangedPayload, data);
    if (parsed.success) void announceNotesChanged({ urls: parsed.output.urls, tabs: true, pages: false }, listeners);
    return undefined;
  });
  return () => {
    browser.tabs.onRemoved.removeListener(closed);
    stop();
  };
}
