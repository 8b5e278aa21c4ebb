import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation } from '../../storage/types';
import { type Launched, launchExtension, openTab, servePages, waitForPasses } from './harness';
import { selectWithMouse } from './note-actions';

/**
 * Issue 12: a hostile script on a matched news page (any ad or analytics script there) plays each row of
 * the table, as page script in the main world (`page.evaluate`), against a reader with notes and
 * tags on this page and one on another site. Each test is one row; every row must fail for the attacker.
 */

const GOV = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
const OTHER_SITE = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_1.html';
const PASSAGE = '国内生产总值达到114万亿元，增长8.1%';
const SECRET_NOTE = '只给自己看的批注-甲';
const SECRET_TAG = '内部核查-乙';
const OTHER_NOTE = '另一网站的批注-丙';
const OTHER_TAG = '别的网站的标签-丁';

let launched: Launched;
/** Every `message` the page received, recorded by a page script from before GovMark ran. */
const PAGE_SPY = () => {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)), true);
};

async function storedNotes(): Promise<Annotation[]> {
  const worker = await launched.worker();
  return worker.evaluate(
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
  );
}

/** Everything a page script can read: the DOM, attributes, and every open shadow root, recursively. */
function readable(page: Page): Promise<string> {
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
    return parts.join('\n');
  });
}

const inOurUi = (page: Page, testId: string) => page.locator('govmark-note-ui').locator(`[data-testid="${testId}"]`);

async function openGov(): Promise<Page> {
  const { page } = await openTab(launched, GOV);
  await waitForPasses(page);
  await page.locator('mark[data-govmark="note"]').first().waitFor();
  return page;
}

beforeAll(async () => {
  launched = await launchExtension();
  await servePages(launched.context, { [GOV]: 'govcn-report-2022.html', [OTHER_SITE]: 'epaper-nmg-2024-p08.html' });
  await launched.context.addInitScript(PAGE_SPY);

  // The reader's note on another site, written from an extension page (the library's own origin).
  const library = await launched.context.newPage();
  await library.goto(`chrome-extension://${launched.extensionId}/library.html`);
  await library.evaluate(
    ([url, note, tag]) =>
      chrome.runtime.sendMessage({ id: 1, type: 'notes:add', timestamp: Date.now(), data: { url, note, tags: [tag] } }),
    [OTHER_SITE, OTHER_NOTE, OTHER_TAG],
  );
  await library.close();

  // And one on this page, written as a reader does.
  const { page } = await openTab(launched, GOV);
  await waitForPasses(page);
  await selectWithMouse(page, PASSAGE);
  await inOurUi(page, 'govmark-add-note').click();
  await inOurUi(page, 'govmark-note-text').fill(SECRET_NOTE);
  await inOurUi(page, 'govmark-note-tags').pressSequentially(SECRET_TAG);
  await inOurUi(page, 'govmark-note-tags').press('Enter');
  await inOurUi(page, 'govmark-note-save').click();
  await page.locator('mark[data-govmark="note"]').first().waitFor();
  await page.close();
  expect((await storedNotes()).map((n) => n.note).sort()).toEqual([OTHER_NOTE, SECRET_NOTE].sort());
}, 120_000);

afterAll(async () => {
  await launched?.close();
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe('a page script on a matched news page', () => {
  test('reads no note text, tag or note id without any user action', async () => {
    const page = await openGov();
    const text = await readable(page);
    const ids = (await storedNotes()).map((n) => n.id);
    for (const secret of [SECRET_NOTE, SECRET_TAG, OTHER_NOTE, OTHER_TAG, ...ids]) expect(text).not.toContain(secret);
    // It may see which passage is marked, nothing more.
    expect(await page.locator('mark[data-govmark="note"]').allTextContents()).not.toEqual([]);
    await page.close();
  });

  test('cannot open a note’s card with a scripted click on its marker or its words', async () => {
    const page = await openGov();
    const found = await page.evaluate(() => {
      const root = document.querySelector('govmark-note-ui')?.shadowRoot;
      const marker = root?.querySelector<HTMLElement>('[data-testid="govmark-note-marker"]');
      marker?.click();
      marker?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.querySelector<HTMLElement>('mark[data-govmark="note"]')?.click();
      return !!marker;
    });
    expect(found).toBe(true);
    await page.waitForTimeout(300);
    expect(await inOurUi(page, 'govmark-note-editor').count()).toBe(0);
    expect(await readable(page)).not.toContain(SECRET_NOTE);
    await page.close();
  });

  test('cannot delete a stored note with scripted clicks, even while the reader has its card open', async () => {
    const page = await openGov();
    await page.locator('mark[data-govmark="note"]').first().click();
    await inOurUi(page, 'govmark-note-delete').waitFor();
    const found = await page.evaluate(() => {
      const root = document.querySelector('govmark-note-ui')?.shadowRoot;
      const button = root?.querySelector<HTMLElement>('[data-testid="govmark-note-delete"]');
      for (let i = 0; i < 3; i++) button?.click();
      return !!button;
    });
    expect(found).toBe(true);
    await page.waitForTimeout(300);
    expect((await storedNotes()).map((n) => n.note)).toContain(SECRET_NOTE);
    await page.close();
  });

  test('cannot write a note into the reader’s database (scripted selection, mouseup, clicks, submit)', async () => {
    const before = (await storedNotes()).length;
    const page = await openGov();
    await page.evaluate(() => {
      const mark = document.querySelector('mark[data-govmark]:not([data-govmark="note"])') as Element;
      const range = document.createRange();
      range.selectNodeContents(mark);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const root = document.querySelector('govmark-note-ui')?.shadowRoot;
      root?.querySelector<HTMLElement>('[data-testid="govmark-add-note"]')?.click();
      const text = root?.querySelector<HTMLTextAreaElement>('[data-testid="govmark-note-text"]');
      if (text) {
        text.value = '页面脚本写的';
        text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      root?.querySelector<HTMLElement>('[data-testid="govmark-note-save"]')?.click();
      root?.querySelector('form')?.requestSubmit();
    });
    await page.waitForTimeout(500);
    expect(await storedNotes()).toHaveLength(before);
    await page.close();
  });

  test('never sees a tag from another site, even when the reader opens the suggestions', async () => {
    const page = await openGov();
    await selectWithMouse(page, '城镇新增就业');
    await inOurUi(page, 'govmark-add-note').click();
    await inOurUi(page, 'govmark-note-tags').press('ArrowDown');
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const input = document
        .querySelector('govmark-note-ui')
        ?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid="govmark-note-tags"]');
      input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    });
    expect(await readable(page)).not.toContain(OTHER_TAG);
    await page.close();
  });

  test('cannot switch GovMark off for the site with a scripted click on the legend', async () => {
    const page = await openGov();
    const marks = await page.locator('mark[data-govmark]').count();
    const found = await page.evaluate(() => {
      const off = document
        .querySelector('govmark-legend')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="govmark-legend-off"]');
      off?.click();
      off?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return !!off;
    });
    expect(found).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator('mark[data-govmark]').count()).toBe(marks);
    await page.reload();
    await waitForPasses(page);
    expect(await page.locator('mark[data-govmark]').count()).toBeGreaterThan(0);
    await page.close();
  });

  // Known gap (docs/extension.md): stopping WXT's teardown event at window broke activeTab injection in
  // activation.e2e.ts, so it was taken out; this row still succeeds for the attacker. `fails` keeps it honest.
  test.fails('cannot tear GovMark down with a forged content-script-started event', async () => {
    const page = await openGov();
    const marks = await page.locator('mark[data-govmark]').count();
    await page.evaluate((id) => {
      for (const type of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, launched.extensionId);
    await page.waitForTimeout(500);
    expect(await page.locator('mark[data-govmark]').count()).toBe(marks);
    expect(await page.locator('govmark-legend').count()).toBe(1);
    await page.close();
  });

  test('does not learn the extension id from messages or the DOM', async () => {
    const page = await openGov();
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
    expect(seen).not.toContain(launched.extensionId);
    expect(await readable(page)).not.toContain(launched.extensionId);
    await page.close();
  });
});
