import { browser } from 'wxt/browser';

/** The session store the tab list lives in (browser.storage.session; tests pass a fake). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'govmark:noteTabs';

/**
 * Which tab shows which page's notes. GovMark has no `tabs` permission, so it cannot read a tab's address;
 * each content script names its tab's page when it lists the page's notes (the browser's sender, never the
 * payload), and this remembers it in session storage, which outlives the worker's restarts but not the browser.
 */
export class NoteTabs {
  #tabs: Promise<Map<number, string>> | undefined;
  readonly #area: () => SessionArea;

  constructor(area: () => SessionArea = () => browser.storage.session as unknown as SessionArea) {
    this.#area = area;
  }

  #load(): Promise<Map<number, string>> {
    this.#tabs ??= this.#area()
      .get(KEY)
      .then((items) => new Map(Object.entries((items[KEY] ?? {}) as Record<string, string>).map(([k, v]) => [+k, v])))
      .catch(() => new Map<number, string>());
    return this.#tabs;
  }

  async #save(tabs: Map<number, string>): Promise<void> {
    await this.#area()
      .set({ [KEY]: Object.fromEntries(tabs) })
      .catch(() => undefined);
  }

  /** The tab now shows this page (normalised URL). */
  async remember(tabId: number, url: string): Promise<void> {
    const tabs = await this.#load();
    if (tabs.get(tabId) === url) return;
    tabs.set(tabId, url);
    await this.#save(tabs);
  }

  /** The tab closed. */
  async forget(tabId: number): Promise<void> {
    const tabs = await this.#load();
    if (tabs.delete(tabId)) await this.#save(tabs);
  }

  /** Every known tab with the page it shows, as tabs.query would give them with the `tabs` permission. */
  async list(): Promise<{ id: number; url: string }[]> {
    return [...(await this.#load())].map(([id, url]) => ({ id, url }));
  }
}
