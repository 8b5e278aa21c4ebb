import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';

/** The extension APIs as the service worker sees them, for code run there with worker.evaluate. */
declare const chrome: typeof Browser;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const E2E_FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures');

/** The built Chrome package: `npm test` builds before e2e; parallel runs point GOVMARK_OUT_DIR elsewhere. */
export function extensionDir(): string {
  return resolve(ROOT, process.env.GOVMARK_OUT_DIR ?? '.output', 'chrome-mv3');
}

/** Flags from ../shared/TESTING.md: background networking off, or this closed network refuses it at length. */
export function chromiumArgs(extension?: string): string[] {
  return [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** UI language of the browser (and so of chrome.i18n): zh_CN by default, as the extension's users have it. */
  language?: 'zh_CN' | 'en';
  /** Reuse a profile (restart tests); a fresh temporary one by default, removed on close. */
  profileDir?: string;
  extension?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The extension's service worker (looked up again if the browser restarted it). */
  worker(): Promise<Worker>;
  /** Closes the browser; removes the profile unless it was passed in. */
  close(): Promise<void>;
}

/**
 * Chromium with the built extension on a fresh profile. Every http(s) request is refused unless a test
 * serves it (servePages), so nothing leaves the machine and every page is a fixture.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<Launched> {
  const extension = options.extension ?? extensionDir();
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run \`npx wxt build\` (or set GOVMARK_OUT_DIR) first.`);
  }
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'govmark-e2e-')));
  const language = options.language ?? 'zh_CN';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...chromiumArgs(extension), `--lang=${language.replace('_', '-')}`],
    // Debian's Chromium answers chrome.i18n in Chinese only with chromium-l10n and LANGUAGE set (TESTING.md 11).
    env: { ...process.env, LANGUAGE: language },
    locale: language.replace('_', '-'),
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  try {
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    // Scripts run by tsx (demo, bench) name their functions through a helper the page lacks.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(snapshotBeforeExtension);
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(first.url()).host;
    const worker = async () =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
      (await context.waitForEvent('serviceworker'));
    return {
      context,
      extensionId,
      profileDir,
      worker,
      async close() {
        await context.close();
        if (ownProfile) await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    if (ownProfile) await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** A page to serve: a file in tests/fixtures/pages (or a path from the repository root), or literal HTML. */
export type PageSource = string | { html: string };

/** The bytes of a page to serve. */
export async function pageBody(source: PageSource): Promise<Buffer> {
  if (typeof source !== 'string') return Buffer.from(source.html, 'utf8');
  const file = isAbsolute(source) ? source : source.includes('/') ? join(ROOT, source) : join(PAGES_DIR, source);
  return readFile(file);
}

/**
 * Serves fixture pages at real news-site addresses through request interception, so the production
 * manifest's match patterns decide where GovMark runs. Bytes go out as stored, with no charset in the
 * header, so a page's own `<meta charset>` (gbk on one fixture) decides as on the real site.
 */
export async function servePages(context: BrowserContext, pages: Record<string, PageSource>): Promise<void> {
  for (const [url, source] of Object.entries(pages)) {
    const body = await pageBody(source);
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  }
}

/**
 * Runs in every page before its own scripts (an init script). At readyState "interactive", which comes
 * before DOMContentLoaded's listeners and so before any content script (document_end and document_idle
 * both run after DOMContentLoaded is dispatched), it keeps a deep clone of the whole document and the
 * page's own text nodes: the sound "before" for exact-restore and text-unchanged checks, in the same page.
 */
function snapshotBeforeExtension(): void {
  if (!/^https?:$/.test(location.protocol)) return;
  const take = () => {
    const w = window as unknown as { __govmarkBefore?: unknown };
    if (w.__govmarkBefore || !document.body) return;
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
    w.__govmarkBefore = { html: document.documentElement.cloneNode(true), textNodes };
  };
  if (document.readyState !== 'loading') take();
  else document.addEventListener('readystatechange', take, { once: true });
}

/** Opens a page in a new tab and waits for its load event. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Opens a page and returns it with its tab id, read from the service worker's tabs.onCreated (the
 * extension has no `tabs` permission, so it cannot look tabs up by URL).
 */
export async function openTab(launched: Launched, url: string): Promise<{ page: Page; tabId: number }> {
  const worker = await launched.worker();
  // No named local functions here: tsx (demo, bench) would wrap them in a helper the worker lacks.
  await worker.evaluate(() => {
    const scope = self as unknown as { __gmNextTab?: Promise<number>; __gmOnCreated?: (tab: Browser.tabs.Tab) => void };
    scope.__gmNextTab = new Promise((done) => {
      scope.__gmOnCreated = (tab) => {
        chrome.tabs.onCreated.removeListener(scope.__gmOnCreated as (tab: Browser.tabs.Tab) => void);
        done(tab.id ?? -1);
      };
      chrome.tabs.onCreated.addListener(scope.__gmOnCreated);
    });
  });
  const page = await openPage(launched.context, url);
  const tabId = await worker.evaluate(() => (self as unknown as { __gmNextTab: Promise<number> }).__gmNextTab);
  return { page, tabId };
}

/** Clicks the toolbar button on this tab, as a person would: grants activeTab (TESTING.md 12). */
export async function clickToolbarButton(launched: Launched, page: Page): Promise<void> {
  const cdp = await launched.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session');
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: launched.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/** The popup opened as a tab about another tab: `?tabId=` is the popup's test seam. */
export async function openPopup(launched: Launched, tabId: number): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export interface MeasureEntry {
  name: string;
  startTime: number;
  duration: number;
}

/** GovMark's User Timing measures on the page, in the order they were recorded. */
export function measures(page: Page): Promise<MeasureEntry[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('govmark:'))
      .map((m) => ({ name: m.name, startTime: m.startTime, duration: m.duration })),
  );
}

/** Waits until the content script has finished `passes` passes (their highlight measures are recorded). */
export async function waitForPasses(page: Page, passes = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('govmark:highlight', 'measure').length >= n, passes, {
    timeout: 20_000,
  });
}

export interface MarkSpan {
  /** `data-govmark`: target, agency or note. */
  type: string;
  /** `data-govmark-kind` on targets: goal, past, other. */
  kind: string | null;
  /** One finding's marks share an id (mark.js splits a match across elements into several marks). */
  id: string | null;
  text: string;
}

/** Every GovMark highlight on the page, one entry per finding, in document order. */
export function readMarks(page: Page): Promise<MarkSpan[]> {
  return page.evaluate(readMarksIn);
}

/** readMarks' work, run inside the page (any driver's evaluate). */
export function readMarksIn(): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const byId = new Map<string, MarkSpan>();
  for (const mark of document.querySelectorAll<HTMLElement>('[data-govmark]')) {
    const id = mark.getAttribute('data-govmark-id');
    const known = id ? byId.get(id) : undefined;
    if (known) {
      known.text += mark.textContent ?? '';
      continue;
    }
    const span: MarkSpan = {
      type: mark.getAttribute('data-govmark') ?? '',
      kind: mark.getAttribute('data-govmark-kind'),
      id,
      text: mark.textContent ?? '',
    };
    spans.push(span);
    if (id) byId.set(id, span);
  }
  return spans;
}

/** The snapshot the init script took before GovMark ran, as the page sees it. */
interface Before {
  html: HTMLElement;
  textNodes: Text[];
}

/**
 * The page's DOM now against the clone taken before GovMark ran: the whole document identical
 * (isEqualNode: head, body, attributes, text), and the page's own text nodes all still attached, i.e.
 * restored by unwrapping and not by rebuilding or merging them (mark.js's unmark would merge them).
 */
export function compareWithBefore(page: Page) {
  return page.evaluate(() => {
    const before = (window as unknown as { __govmarkBefore?: Before }).__govmarkBefore;
    if (!before) throw new Error('no snapshot: was the page opened after launchExtension?');
    const live = document.documentElement;
    let firstDifference: string | null = null;
    // Walk down to the deepest element whose subtree differs, to make a failure readable.
    let [now, then]: [Element | undefined, Element | undefined] = [live, before.html];
    while (now && then && !now.isEqualNode(then)) {
      const nowChildren: Element[] = [...now.children];
      const thenChildren: Element[] = [...then.children];
      const i: number = thenChildren.findIndex((child, k) => !nowChildren[k]?.isEqualNode(child));
      if (i < 0 || nowChildren.length !== thenChildren.length) {
        firstDifference = `now: ${now.outerHTML.slice(0, 400)}\nbefore: ${then.outerHTML.slice(0, 400)}`;
        break;
      }
      [now, then] = [nowChildren[i], thenChildren[i]];
    }
    if (now && then && !firstDifference && !live.isEqualNode(before.html)) {
      firstDifference = `now: ${now.outerHTML.slice(0, 400)}\nbefore: ${then.outerHTML.slice(0, 400)}`;
    }
    return {
      equal: live.isEqualNode(before.html),
      firstDifference,
      textNodesAttached: before.textNodes.every((node) => node.isConnected && live.contains(node)),
      marks: document.querySelectorAll('[data-govmark]').length,
    };
  });
}

/**
 * The page's text now and before GovMark ran. Highlighting only wraps, so <body>'s text is the same;
 * GovMark's own UI lives outside <body> (the legend on <html>) or in shadow roots.
 */
export function pageTexts(page: Page) {
  return page.evaluate(() => {
    const before = (window as unknown as { __govmarkBefore: Before }).__govmarkBefore;
    return { now: document.body.textContent ?? '', before: before.html.querySelector('body')?.textContent ?? '' };
  });
}

/** The legend's open shadow root as text (counts, the 第08版 line). */
export function legendText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('govmark-legend')?.shadowRoot?.textContent ?? '');
}

/** True when GovMark left no trace at all: the document is exactly the one the page built. */
export async function untouched(page: Page): Promise<boolean> {
  const result = await compareWithBefore(page);
  return result.equal && result.textNodesAttached;
}
