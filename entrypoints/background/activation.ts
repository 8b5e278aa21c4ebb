import { type Browser, browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../utils/messaging';
import type { InjectResult } from '../../utils/protocol-activation';
import { injectContentScript } from './inject-content-script';
import { type InjectApi, injectIntoTab, probeTab } from './inject-tab';
import { runtimeSelf, type SenderInfo, senderScope } from './sender-scope';
import { serialSync } from './user-sites';

/** Running GovMark on a tab and re-reading site grants are settings: only the extension's own pages ask. */
const fromExtension = (sender: unknown) => senderScope(sender as SenderInfo, runtimeSelf())?.role === 'extension';

/** The manifest command (suggested Alt+Shift+G) that runs GovMark on the current tab. */
export const ANALYZE_COMMAND = 'analyze-page';

const chromeInjectApi: InjectApi = {
  ping: (tabId) => sendMessage('getPageStatus', undefined, tabId),
  executeScript: (tabId) => injectContentScript(tabId),
  analyzeNow: (tabId, asReport) => sendMessage('analyzeNow', asReport ? { asReport } : undefined, tabId),
};

/** The keyboard shortcut's handler: the tab the browser passes, else the active tab of the current window. */
export async function handleCommand(
  command: string,
  tab: Browser.tabs.Tab | undefined,
  deps: { activeTabId: () => Promise<number | undefined>; inject: (tabId: number) => Promise<InjectResult> },
): Promise<InjectResult | undefined> {
  if (command !== ANALYZE_COMMAND) return undefined;
  const tabId = tab?.id ?? (await deps.activeTabId());
  if (tabId === undefined || tabId < 0) return { ok: false, reason: 'no-tab', error: 'no active tab' };
  return deps.inject(tabId);
}

/** Runs GovMark where the user asks for it: popup, shortcut, added sites (issue 3). */
export function registerActivation(): void {
  const inject = (tabId: number, asReport = false) => injectIntoTab(tabId, chromeInjectApi, asReport);
  const sync = serialSync(browser);
  const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab, { activeTabId, inject });
  });
  onMessage('injectIntoTab', ({ data, sender }) => {
    if (!fromExtension(sender)) {
      return { ok: false, reason: 'failed', error: 'not allowed from a web page' } satisfies InjectResult;
    }
    const tabId = data?.tabId;
    if (!Number.isInteger(tabId) || tabId < 0) {
      return { ok: false, reason: 'no-tab', error: 'tabId must be a tab id' } satisfies InjectResult;
    }
    return inject(tabId, data?.asReport === true);
  });
  onMessage('probeTab', ({ data, sender }) => {
    const tabId = data?.tabId;
    if (!fromExtension(sender) || !Number.isInteger(tabId) || tabId < 0) {
      return { ok: false, reason: 'failed', error: 'not allowed' } satisfies InjectResult;
    }
    return probeTab(tabId, (id) => browser.scripting.executeScript({ target: { tabId: id }, func: () => true }));
  });
  onMessage('syncUserSites', ({ sender }) => (fromExtension(sender) ? sync() : []));
  // A grant from the options page, or a revocation in the browser's own settings, changes the script's matches.
  browser.permissions.onAdded.addListener(() => void sync().catch(console.error));
  browser.permissions.onRemoved.addListener(() => void sync().catch(console.error));
  browser.runtime.onStartup.addListener(() => void sync().catch(console.error));
  void sync().catch(console.error);
}
