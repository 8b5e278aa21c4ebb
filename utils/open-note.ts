import { browser } from 'wxt/browser';
import type { Annotation } from '../storage/types';
import { sendMessage } from './messaging';
import { normalizeUrl } from './normalize-url';
import type { PageNotesReply } from './protocol-notes';

/** shown: in view and flashed; opened: the page is open (a page note has no passage); unplaced: its words are gone. */
export type OpenNoteResult = 'shown' | 'opened' | 'unplaced' | 'failed';

interface Tab {
  id?: number;
  url?: string;
  windowId?: number;
}

/** What opening a note asks of the browser; tests pass fakes. */
export interface OpenNoteApi {
  tabs(): Promise<Tab[]>;
  /** The page's normalised URL as its GovMark script files notes; undefined where none answers. */
  pageUrl(tabId: number): Promise<string | undefined>;
  focus(tab: Tab): Promise<unknown>;
  open(url: string): Promise<Tab>;
  show(tabId: number, id: string): Promise<PageNotesReply<{ placed: boolean }>>;
  wait(ms: number): Promise<void>;
}

export const browserOpenNoteApi: OpenNoteApi = {
  tabs: () => browser.tabs.query({}),
  pageUrl: (tabId) =>
    sendMessage('pageNotes:state', undefined, tabId).then(
      (state) => state.url,
      () => undefined,
    ),
  async focus(tab) {
    if (tab.id !== undefined) await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  },
  open: (url) => browser.tabs.create({ url }),
  show: (tabId, id) => sendMessage('pageNotes:show', { id }, tabId),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** How long a freshly opened page may take to load, analyse and place its notes. */
const PATIENCE_MS = 20_000;
const RETRY_MS = 250;

/**
 * Asks the page's content script to bring the note into view, again and again while the page loads
 * (no script answers yet) or GovMark has not started on it.
 */
export async function showInTab(tabId: number, id: string, api: OpenNoteApi = browserOpenNoteApi) {
  for (let waited = 0; waited <= PATIENCE_MS; waited += RETRY_MS) {
    const reply = await api.show(tabId, id).catch(() => null);
    if (reply?.ok) return reply.value.placed ? 'shown' : 'unplaced';
    await api.wait(RETRY_MS);
  }
  return 'failed';
}

/**
 * Takes the reader to a note: focuses a tab showing the note's page (its exact, normalised URL) or opens
 * one, then scrolls the passage into view with a flash. Only web pages are opened.
 */
export async function openNote(
  note: Pick<Annotation, 'id' | 'url' | 'quote'>,
  api: OpenNoteApi = browserOpenNoteApi,
): Promise<OpenNoteResult> {
  if (!/^https?:\/\//i.test(note.url)) return 'failed';
  const tabs = await api.tabs();
  // Without the `tabs` permission the browser hides most tabs' URLs: the GovMark script in each tells it.
  const urls = await Promise.all(
    tabs.map((tab) =>
      tab.url !== undefined ? safeNormalize(tab.url) : tab.id !== undefined ? api.pageUrl(tab.id) : undefined,
    ),
  );
  const open = tabs.find((_, i) => urls[i] === note.url);
  const tab = open ?? (await api.open(note.url));
  if (open) await api.focus(open);
  if (tab.id === undefined) return 'failed';
  if (!note.quote) return 'opened';
  return showInTab(tab.id, note.id, api);
}

function safeNormalize(url: string): string {
  try {
    return normalizeUrl(url);
  } catch {
    return url;
  }
}
