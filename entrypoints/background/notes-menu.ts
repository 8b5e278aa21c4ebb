import { type Browser, browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import type { PageNotesReply } from '../../utils/protocol-notes';
import { injectContentScript } from './inject-content-script';
import { injectIntoTab } from './inject-tab';

/** The context-menu item shown on a selection: "批注所选文字". */
export const NOTE_MENU_ID = 'govmark-add-note';
/** The manifest command (suggested Alt+Shift+N) that annotates the selection. */
export const NOTE_COMMAND = 'add-note';

export type OpenEditorReply = PageNotesReply<{ opened: boolean }>;

/** What opening the note card on a tab needs; tests pass fakes. */
export interface NotesMenuDeps {
  /** Makes sure GovMark runs on the tab (injecting it where the click or shortcut granted activeTab). */
  ensureRunning(tabId: number): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Asks the tab's content script to open the note card for its selection. */
  openEditor(tabId: number): Promise<OpenEditorReply>;
  activeTabId(): Promise<number | undefined>;
}

/** Runs GovMark on the tab if needed, then opens the note card for the words selected there. */
export async function openNoteEditor(tabId: number | undefined, deps: NotesMenuDeps): Promise<OpenEditorReply> {
  const id = tabId !== undefined && tabId >= 0 ? tabId : await deps.activeTabId();
  if (id === undefined || id < 0) return { ok: false, error: 'no tab' };
  const running = await deps.ensureRunning(id);
  if (!running.ok) return running;
  return deps.openEditor(id).catch((error: unknown) => ({ ok: false, error: String(error) }));
}

/** The context menu's click handler: only our item counts. */
export function handleMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
  deps: NotesMenuDeps,
): Promise<OpenEditorReply> | undefined {
  if (info.menuItemId !== NOTE_MENU_ID) return undefined;
  return openNoteEditor(tab?.id, deps);
}

/** The keyboard shortcut's handler: the tab the browser passes, else the active tab. */
export function handleNoteCommand(
  command: string,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
  deps: NotesMenuDeps,
): Promise<OpenEditorReply> | undefined {
  if (command !== NOTE_COMMAND) return undefined;
  return openNoteEditor(tab?.id, deps);
}

const chromeDeps: NotesMenuDeps = {
  ensureRunning: (tabId) =>
    injectIntoTab(tabId, {
      ping: (id) => sendMessage('getPageStatus', undefined, id),
      executeScript: (id) => injectContentScript(id),
      analyzeNow: (id) => sendMessage('analyzeNow', undefined, id),
    }),
  openEditor: (tabId) => sendMessage('pageNotes:openEditor', undefined, tabId),
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
};

/** Adds "批注所选文字" to the selection's context menu and listens for it and for the shortcut. */
export function registerNotesMenu(api: typeof browser = browser, deps: NotesMenuDeps = chromeDeps): void {
  // Menu items outlive the service worker: (re)create ours once per install or update.
  api.runtime.onInstalled.addListener(() => {
    void (async () => {
      await api.contextMenus.removeAll();
      api.contextMenus.create({ id: NOTE_MENU_ID, title: t('menuAddNote'), contexts: ['selection'] });
    })().catch((error) => console.error('GovMark: context menu', error));
  });
  api.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab, deps));
  api.commands.onCommand.addListener((command, tab) => void handleNoteCommand(command, tab, deps));
}
