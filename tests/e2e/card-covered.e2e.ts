import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Launched, launchExtension, openTab, PAGES_DIR, servePages } from './harness';
import { selectWithMouse, shownNote, waitForNoteHighlight, writeNote } from './note-actions';

/**
 * A page that hides the note card and draws a lure where its buttons are (clickjacking): the reader's own
 * clicks, which the browser trusts, must not delete or save a note on a card they cannot see.
 */
const GOV = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
const PASSAGE = '国内生产总值达到114万亿元，增长8.1%';
const NOTE = '只给自己看的批注';

let launched: Launched;

/** The notes in the extension's database, read where they live (the service worker's IndexedDB). */
async function storedNotes(): Promise<number> {
  const worker = await launched.worker();
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('govmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('annotations').objectStore('annotations').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

beforeAll(async () => {
  launched = await launchExtension();
  const html = await readFile(join(PAGES_DIR, 'govcn-report-2022.html'), 'utf8');
  await servePages(launched.context, { [GOV]: { html } });
  const { page } = await openTab(launched, GOV);
  await page.waitForFunction(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 1);
  expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
  await writeNote(page, { note: NOTE, tags: '甲' });
  await waitForNoteHighlight(page);
  await page.close();
}, 180_000);

afterAll(async () => launched?.close());

describe('a card the page hides', () => {
  test.each([
    ['fades the card', 'host'],
    ['fades the whole page', 'page'],
  ])('a page that %s: two real clicks on Delete delete nothing, and the card says why', async (_how, target) => {
    expect(await storedNotes()).toBe(1);
    const { page } = await openTab(launched, GOV);
    try {
      await page.waitForFunction(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 1);
      await waitForNoteHighlight(page);
      // The page's script: whenever GovMark's card shows, make it (or everything) invisible.
      await page.evaluate((what) => {
        const hide = () => {
          const host = document.querySelector<HTMLElement>('govmark-note-card');
          const element = what === 'host' ? host : document.documentElement;
          if (host && element && element.style.getPropertyValue('opacity') !== '0') {
            element.style.setProperty('opacity', '0', 'important');
          }
        };
        new MutationObserver(hide).observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['style'],
        });
      }, target);
      await page.click('mark[data-govmark="note"]');
      expect(await shownNote(page)).toBe(NOTE);
      const frame = page.frames().find((f) => f.url().includes('note-frame.html'));
      const box = await frame?.getByTestId('govmark-note-delete').boundingBox();
      expect(box).toBeTruthy();
      const x = (box?.x ?? 0) + (box?.width ?? 0) / 2;
      const y = (box?.y ?? 0) + (box?.height ?? 0) / 2;
      // The reader clicks the page's lure twice where Delete is (delete asks twice).
      await page.mouse.click(x, y);
      await page.mouse.click(x, y);
      await expect
        .poll(async () => (await frame?.locator('[role="alert"]').allTextContents())?.join(''))
        .toMatch(/遮挡|隐藏/);
      expect(await storedNotes()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
