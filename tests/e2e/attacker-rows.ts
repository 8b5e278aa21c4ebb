import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation } from '../../storage/types';
import type { Driver, DriverPage, LaunchDriver } from './driver';
import { PAGES_DIR } from './harness';
import { selectWithMouse, shownNote, waitForNoteHighlight, writeNote } from './note-actions';

/**
 * Issue 12: a hostile script on a matched news page (any ad or analytics script there) plays each row of
 * the table, as page script in the main world (`page.evaluate`), against a reader with notes and
 * tags on this page and one on another site. Written once against the driver interface and run in Chromium
 * (page-attacker.e2e.ts) and Firefox ESR (page-attacker-firefox.e2e.ts). Every row must fail for the attacker.
 */

const GOV = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
const OTHER_SITE = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_1.html';
const PASSAGE = '国内生产总值达到114万亿元，增长8.1%';
const SECRET_NOTE = '只给自己看的批注-甲';
const SECRET_TAG = '内部核查-乙';
const OTHER_NOTE = '另一网站的批注-丙';
const OTHER_TAG = '别的网站的标签-丁';

/** Every `message` the page receives, recorded by the page's own first script, before GovMark runs. */
const SPY = `<script>window.__seen=[];addEventListener('message',function(e){try{__seen.push(JSON.stringify(e.data))}catch(x){__seen.push(String(e.data))}},true)</script>`;

/**
 * The page allows scripts from itself only (and its inline spy): an extension's script is not among them,
 * yet GovMark's notes UI, imported by the content script into its own world, must load all the same.
 */
const CSP = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'">`;

/** The report page with its script policy and the spy as its first script. */
async function spiedPage(): Promise<{ html: string }> {
  const html = await readFile(join(PAGES_DIR, 'govcn-report-2022.html'), 'utf8');
  return { html: html.replace(/<head[^>]*>/i, (head) => `${head}${CSP}${SPY}`) };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Everything a page script can read: the DOM, attributes, every open shadow root, its own timeline. */
function readable(page: DriverPage): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) parts.push(el.getAttribute(attr) ?? '');
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    parts.push(document.documentElement.outerHTML);
    walk(document);
    for (const entry of performance.getEntries()) parts.push(entry.name);
    for (let i = 0; i < window.frames.length; i++) {
      try {
        parts.push(window.frames[i]?.document.documentElement.outerHTML ?? '');
      } catch {
        parts.push('(a frame of another origin)');
      }
    }
    return parts.join('\n');
  });
}

/** A page-script click (`click()` and a dispatched event) on the first element with this test id in an open root. */
function scriptedClick(page: DriverPage, testId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const hit = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const target = find(document);
    target?.click();
    target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return !!target;
  }, testId);
}

/** What an extension page of GovMark reads and writes, as the attacker's referee (never the attacker). */
interface Referee {
  notes(): Promise<Annotation[]>;
  /** The extension's runtime id and its pages' origin (Firefox: a per-profile UUID host). */
  ids: { runtime: string; host: string; origin: string };
}

async function referee(driver: Driver): Promise<Referee & { close(): Promise<void> }> {
  const page = await driver.openExtensionPage('options.html');
  const ids = await page.evaluate(() => {
    const api = (globalThis as unknown as { chrome?: { runtime: { id: string } } }).chrome;
    return { runtime: api?.runtime.id ?? '', host: location.host, origin: location.origin };
  });
  return {
    ids,
    notes: () =>
      page.evaluate(
        () =>
          new Promise<Annotation[]>((resolve, reject) => {
            const open = indexedDB.open('govmark');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('annotations').objectStore('annotations').getAll();
              request.onsuccess = () => {
                open.result.close();
                resolve(request.result as Annotation[]);
              };
              request.onerror = () => reject(request.error);
            };
          }),
      ),
    close: () => page.close(),
  };
}

/** Registers the attacker's rows for one browser. */
export function defineAttackerRows(launch: LaunchDriver): void {
  let driver: Driver;
  let judge: Referee & { close(): Promise<void> };

  async function openGov(): Promise<DriverPage> {
    const page = await driver.openPage(driver.address(GOV));
    await page.waitFor(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 1);
    await waitForNoteHighlight(page);
    return page;
  }

  beforeAll(async () => {
    driver = await launch({ pages: { [GOV]: await spiedPage(), [OTHER_SITE]: 'epaper-nmg-2024-p08.html' } });
    judge = await referee(driver);
    // The reader's note on another site, written from an extension page (GovMark's own origin).
    const library = await driver.openExtensionPage('library.html');
    await library.evaluate(
      ([url, note, tag]) => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
        const message = { id: 1, type: 'notes:add', timestamp: Date.now(), data: { url, note, tags: [tag] } };
        return (scope.browser ?? scope.chrome).runtime.sendMessage(message);
      },
      [driver.address(OTHER_SITE), OTHER_NOTE, OTHER_TAG],
    );
    await library.close();
    // And one on this page, written as a reader does.
    const page = await driver.openPage(driver.address(GOV));
    await page.waitFor(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 1);
    await selectWithMouse(page, PASSAGE);
    await writeNote(page, { note: SECRET_NOTE, tags: SECRET_TAG });
    await waitForNoteHighlight(page);
    await page.close();
    expect((await judge.notes()).map((n) => n.note).sort()).toEqual([OTHER_NOTE, SECRET_NOTE].sort());
  }, 180_000);

  afterAll(async () => {
    await judge?.close();
    await driver?.close();
  }, 60_000);

  describe('a page script on a matched news page', () => {
    test('reads no note text, tag or note id without any user action', async () => {
      const page = await openGov();
      const text = await readable(page);
      const ids = (await judge.notes()).map((n) => n.id);
      for (const secret of [SECRET_NOTE, SECRET_TAG, OTHER_NOTE, OTHER_TAG, ...ids]) expect(text).not.toContain(secret);
      // It may see which passage is marked, nothing more.
      expect(await page.evaluate(() => document.querySelectorAll('mark[data-govmark="note"]').length)).toBeGreaterThan(
        0,
      );
      await page.close();
    });

    test('cannot open a note’s card with a scripted click on its marker or its words', async () => {
      const page = await openGov();
      expect(await scriptedClick(page, 'govmark-note-marker')).toBe(true);
      await page.evaluate(() => document.querySelector<HTMLElement>('mark[data-govmark="note"]')?.click());
      await sleep(500);
      expect(await page.visibleTestId('govmark-note-editor')).toBe(false);
      expect(await readable(page)).not.toContain(SECRET_NOTE);
      await page.close();
    });

    test('reads nothing and deletes nothing while the reader has a note’s card open', async () => {
      const page = await openGov();
      await page.click('mark[data-govmark="note"]');
      expect(await shownNote(page)).toBe(SECRET_NOTE);
      // The card is in GovMark's frame: not in any root the page can search, and the frame is not the page's.
      expect(await scriptedClick(page, 'govmark-note-delete')).toBe(false);
      expect(await readable(page)).not.toContain(SECRET_NOTE);
      await page.evaluate(() => {
        for (let i = 0; i < window.frames.length; i++) {
          for (const type of ['delete', 'edit', 'close']) window.frames[i]?.postMessage({ type, key: 'x' }, '*');
        }
      });
      await sleep(500);
      expect((await judge.notes()).map((n) => n.note)).toContain(SECRET_NOTE);
      await page.close();
    });

    test('cannot write a note into the reader’s database (scripted selection, mouseup, clicks, submit)', async () => {
      const before = (await judge.notes()).length;
      const page = await openGov();
      await page.evaluate(() => {
        const mark = document.querySelector('mark[data-govmark]:not([data-govmark="note"])') as Element;
        const range = document.createRange();
        range.selectNodeContents(mark);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      await sleep(500);
      expect(await page.visibleTestId('govmark-add-note')).toBe(false);
      await scriptedClick(page, 'govmark-add-note');
      await scriptedClick(page, 'govmark-note-save');
      await sleep(500);
      expect(await judge.notes()).toHaveLength(before);
      await page.close();
    });

    test('never sees a tag, of this site or another, even when the reader opens the suggestions', async () => {
      const page = await openGov();
      await selectWithMouse(page, '城镇新增就业');
      await page.clickTestId('govmark-add-note');
      await page.pressTestId('govmark-note-tags', 'ArrowDown');
      // The reader sees every tag, inside GovMark's frame.
      await expect
        .poll(async () => (await page.textsOfTestId('govmark-note-tags-suggestions')).join(''))
        .toContain(OTHER_TAG);
      const text = await readable(page);
      expect(text).not.toContain(OTHER_TAG);
      expect(text).not.toContain(SECRET_TAG);
      await page.close();
    });

    test('cannot switch GovMark off for the site with a scripted click on the legend', async () => {
      const page = await openGov();
      const marks = () => page.evaluate(() => document.querySelectorAll('mark[data-govmark]').length);
      const before = await marks();
      expect(await scriptedClick(page, 'govmark-legend-off')).toBe(true);
      await sleep(500);
      expect(await marks()).toBe(before);
      await page.reload();
      await page.waitFor(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 1);
      expect(await marks()).toBeGreaterThan(0);
      await page.close();
    });

    test('cannot hide the legend, the note markers or the note card with its own CSS', async () => {
      const page = await openGov();
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent =
          'govmark-legend,govmark-note-ui,govmark-note-card{display:none!important;visibility:hidden!important;opacity:0!important}';
        document.head.append(style);
      });
      expect(await page.visibleTestId('govmark-legend')).toBe(true);
      expect(await page.visibleTestId('govmark-note-marker')).toBe(true);
      await page.click('mark[data-govmark="note"]');
      expect(await shownNote(page)).toBe(SECRET_NOTE);
      expect(await page.visibleTestId('govmark-note-view-text')).toBe(true);
      await page.close();
    });

    test('cannot tear GovMark down with a forged content-script-started event', async () => {
      const page = await openGov();
      const traces = () =>
        page.evaluate(() => ({
          marks: document.querySelectorAll('mark[data-govmark]').length,
          legend: document.querySelectorAll('govmark-legend').length,
        }));
      const before = await traces();
      await page.evaluate((id) => {
        for (const type of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
          const detail = { contentScriptName: 'content', messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
        }
      }, judge.ids.runtime);
      await sleep(500);
      expect(await traces()).toEqual(before);
      await page.close();
    });

    test('even knowing the frame’s address, cannot load a copy of it that answers its own port', async () => {
      const page = await openGov();
      // As if the address had leaked: Firefox's per-profile UUID, Chrome's static id.
      const heard = await page.evaluate(async (origin) => {
        const token = 'a-token-the-page-chose-0123456789';
        const frame = document.createElement('iframe');
        frame.src = `${origin}/note-frame.html#${token}`;
        const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
        document.body.append(frame);
        await Promise.race([loaded, new Promise((done) => setTimeout(done, 3000))]);
        const { port1, port2 } = new MessageChannel();
        const messages: unknown[] = [];
        port1.onmessage = (event) => messages.push(event.data);
        frame.contentWindow?.postMessage({ type: 'govmark-note-frame', token }, '*', [port2]);
        port1.postMessage({ type: 'card', card: { key: 'k', mode: 'new', url: location.href, quote: 'x' } });
        await new Promise((done) => setTimeout(done, 1500));
        return messages;
      }, judge.ids.origin);
      expect(heard).toEqual([]);
      await page.close();
    });

    test('does not see the notes UI GovMark loaded for its notes: no handle in its world, no address', async () => {
      // The page has a note, so its notes UI was imported (load-notes-ui.ts): into GovMark's world, not this one.
      const page = await openGov();
      const seen = await page.evaluate(() => ({
        factory: Symbol.for('govmark.notes-ui') in window,
        urls: [...performance.getEntries().map((e) => e.name), ...[...document.scripts].map((s) => s.src)].filter(
          (url) => /extension:|notes-ui/.test(url),
        ),
      }));
      expect(seen).toEqual({ factory: false, urls: [] });
      await page.close();
    });

    test('does not learn the extension id, nor load GovMark’s frame by it', async () => {
      const page = await openGov();
      const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
      const text = await readable(page);
      for (const id of [judge.ids.runtime, judge.ids.host]) {
        expect(seen).not.toContain(id);
        expect(text).not.toContain(id);
      }
      // Chrome: the frame is web-accessible by a per-session dynamic URL only; the known id does not reach it.
      const probe = await page.evaluate(async (id) => {
        try {
          await fetch(`chrome-extension://${id}/note-frame.html`, { mode: 'no-cors' });
          return 'loaded';
        } catch {
          return 'refused';
        }
      }, judge.ids.runtime);
      expect(probe).toBe('refused');
      await page.close();
    });
  });
}
