import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { Driver, DriverOptions, DriverPage } from './driver';
import { extensionDir } from './harness';
import { startNewsProxy } from './news-proxy';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The manifest's gecko id (wxt.config.ts). */
const ADDON_ID = 'govmark@govmark.dev';

/** The built Firefox package, beside the Chrome one. */
export function firefoxExtensionDir(): string {
  return resolve(extensionDir(), '../firefox-mv2');
}

/** Scripts run by tsx (npm run screenshots) name their functions through a helper that pages lack. */
const NAME_HELPER = 'globalThis.__name ??= (fn) => fn; undefined';

/** The first element with this test id, in the page, its open shadow roots, or a frame inside it; waits for one. */
async function locate(page: Page, id: string, timeoutMs = 10_000): Promise<ElementHandle<HTMLInputElement>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const found = await frame.$(`>>> [data-testid="${id}"]`).catch(() => null);
      if (found) return found as ElementHandle<HTMLInputElement>;
    }
    if (Date.now() > deadline) throw new Error(`no element with data-testid="${id}" on ${page.url()}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

async function allOf(page: Page, id: string): Promise<ElementHandle[]> {
  const found: ElementHandle[] = [];
  for (const frame of page.frames()) found.push(...(await frame.$$(`>>> [data-testid="${id}"]`).catch(() => [])));
  return found;
}

/** `knownUrl`: puppeteer does not follow a tab into an extension page's process, so it cannot tell its URL. */
function firefoxPage(page: Page, tabId = -1, knownUrl?: string): DriverPage {
  return {
    tabId,
    url: () => knownUrl ?? page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 20_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    mouseMove: (x, y, steps) => page.mouse.move(x, y, { steps }),
    mouseDown: () => page.mouse.down(),
    mouseUp: () => page.mouse.up(),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    clickTestId: async (id) => (await locate(page, id)).click(),
    typeTestId: async (id, text) => {
      const field = await locate(page, id);
      // A click moves the keyboard focus there even when the field lives in a frame; then replace its text.
      await field.click();
      await field.evaluate((el) => el.select());
      await page.keyboard.type(text);
    },
    pressTestId: async (id, key) => (await locate(page, id)).press(key as never),
    textsOfTestId: async (id) =>
      Promise.all((await allOf(page, id)).map((el) => el.evaluate((e) => e.textContent ?? ''))),
    visibleTestId: async (id) => {
      for (const el of await allOf(page, id)) if (await el.isVisible()) return true;
      return false;
    },
    setFileTestId: async (id, file) => (await locate(page, id)).uploadFile(file),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

/**
 * Debian's Firefox ESR with the built firefox-mv2 package installed unmodified as a temporary add-on over
 * WebDriver BiDi (puppeteer-core). Pages come through a local proxy at their news sites' http:// addresses
 * (../shared/TESTING.md, "Firefox"). A temporary add-on is uninstalled when Firefox closes; the keep* prefs
 * keep its storage and its moz-extension:// uuid (so its IndexedDB origin) for the next start on the profile.
 */
export async function launchFirefox({ pages, language = 'zh_CN' }: DriverOptions): Promise<Driver> {
  const served = Object.fromEntries(Object.entries(pages).map(([url, page]) => [toHttp(url), page]));
  const proxy = await startNewsProxy(served);
  const profileDir = await mkdtemp(join(tmpdir(), 'govmark-firefox-'));
  const uuid = randomUUID();
  const prefs = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    // GovMark's i18n follows Firefox's UI language; Chinese needs Debian's language pack (firefox-esr-l10n-zh-cn).
    'intl.locale.requested': language === 'zh_CN' ? 'zh-CN' : 'en-US',
  };
  let browser: Browser;
  /** An extension page kept open: it hears tabs.onCreated, which gives a new tab's id without `tabs`. */
  let helper: Page;
  const start = async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      extraPrefsFirefox: prefs,
      // WebDriver BiDi navigates only to http(s), file and blob URLs unless system access is allowed;
      // moz-extension:// pages (popup, library) need it (flag from Firefox 138; the variable before).
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      defaultViewport: { width: 1280, height: 900 },
      timeout: 90_000,
    });
    await browser.installExtension(firefoxExtensionDir());
    helper = await browser.newPage();
    await gotoExtensionPage(helper, `moz-extension://${uuid}/options.html`);
    await helper.evaluate(NAME_HELPER);
  };
  const close = async () => {
    await browser?.close();
  };
  try {
    await start();
  } catch (error) {
    await close();
    await proxy.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name: 'firefox',
    address: toHttp,
    version: async () => (await browser.version()).replace(/^\D*\//, ''),
    async openPage(url) {
      await helper.evaluate(() => {
        const scope = globalThis as unknown as { __gmNextTab?: Promise<number> };
        const tabs = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.tabs;
        scope.__gmNextTab = new Promise((done) => {
          const heard = (tab: { id?: number }) => {
            tabs.onCreated.removeListener(heard);
            done(tab.id ?? -1);
          };
          tabs.onCreated.addListener(heard);
        });
      });
      const page = await browser.newPage();
      const tabId = await helper.evaluate(
        () => (globalThis as unknown as { __gmNextTab: Promise<number> }).__gmNextTab,
      );
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(NAME_HELPER);
      return firefoxPage(page, tabId);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${uuid}/${path}`;
      await gotoExtensionPage(page, url);
      await page.evaluate(NAME_HELPER);
      return firefoxPage(page, -1, url);
    },
    async restart() {
      await close();
      await start();
    },
    async close() {
      await close();
      await proxy.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page in a tab. The tab moves to the extension's process, where puppeteer loses the
 * frame it navigated (its goto fails with "Frame detached") but still evaluates in the tab: so the load is
 * awaited by asking the page itself.
 */
async function gotoExtensionPage(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  void page.goto(url).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/** The proxy sees plain HTTP only, so Firefox is sent to a site's http:// address. */
function toHttp(url: string): string {
  return url.replace(/^https:/, 'http:');
}
