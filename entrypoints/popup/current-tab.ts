import { browser } from 'wxt/browser';

export interface CurrentTab {
  id: number;
  /** Known when the browser shows it to us: activeTab after a toolbar click, or a host permission. */
  url?: string;
  /**
   * The popup holds activeTab for this tab: opening it from the toolbar grants that, so any page a script
   * could run on lets the probe in. The test seam claims it with `&granted=1` after its simulated click.
   */
  granted?: boolean;
}

/**
 * The tab the popup is about. `?tabId=N` is a test seam: a popup opened as a tab in a test would
 * otherwise see itself as the active tab.
 */
export async function currentTab(search = location.search): Promise<CurrentTab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => undefined);
    return { id: requested, url: tab?.url, granted: new URLSearchParams(search).get('granted') === '1' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, granted: true };
}
