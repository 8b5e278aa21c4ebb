import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation } from '../../storage/types';
import {
  clickToolbarButton,
  type Launched,
  launchExtension,
  openPopup,
  openTab,
  PAGES_DIR,
  servePages,
  waitForPasses,
} from './harness';
import {
  noteHighlights,
  readNoteFromMarker,
  saveNote,
  selectWithMouse,
  shownNote,
  writeNote as writeNoteOnPage,
} from './note-actions';

/**
 * Margin notes end to end (issue 4): the reader selects words with the mouse, writes a note with tags,
 * and it comes back on reload, after a browser restart, after the site edits the page a little; when the
 * words are gone it is listed as unplaced, never lost. Every note written is checked in the database
 * (read from the service worker) after every test.
 */

const EPAPER = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_1.html';
const GOV = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
/** A site GovMark does not run on by default: only the toolbar (activeTab) brings it there. */
const ELSEWHERE = 'https://example.org/report.html';
const PASSAGE = '完成燃气、供热、供排水管网改造1500公里和老旧小区改造1185个';
const CHANGED = '完成燃气、供热、供排水管网改造1600公里和老旧小区改造1185个';
const GOV_PASSAGE = '国内生产总值达到114万亿元，增长8.1%';
const XSS = '<img src=x onerror=alert(1)>';

let profileDir: string;
let launched: Launched;
let epaperHtml: string;
/** The text of every note saved through the page, to be found in the database after every test. */
const written: string[] = [];
const dialogs: string[] = [];

async function launch(language: 'zh_CN' | 'en' = 'zh_CN') {
  launched = await launchExtension({ profileDir, language });
  await servePages(launched.context, {
    [EPAPER]: 'epaper-nmg-2024-p08.html',
    [GOV]: 'govcn-report-2022.html',
    [ELSEWHERE]: 'govcn-report-2022.html',
  });
  launched.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
}

/** Serves the e-paper page as the site now has it. */
async function serveEpaper(html: string) {
  await launched.context.unroute(EPAPER);
  await servePages(launched.context, { [EPAPER]: { html } });
}

/** Every annotation in the extension's database, read in the service worker. */
async function storedNotes(): Promise<Annotation[]> {
  const worker = await launched.worker();
  return worker.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'govmark')) return [];
    return new Promise<Annotation[]>((resolve, reject) => {
      const open = indexedDB.open('govmark');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('annotations').objectStore('annotations').getAll();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          open.result.close();
          resolve(request.result as Annotation[]);
        };
      };
    });
  });
}

/** Clicks 批注 beside the selection and fills the card (note-actions.ts); `save` false leaves it open. */
async function writeNote(page: Page, note: string, tags: string, save = true) {
  await writeNoteOnPage(page, { note, tags }, save);
  written.push(note);
}

function markerBox(page: Page) {
  return page.evaluate(() => {
    const marker = document
      .querySelector('govmark-note-ui')
      ?.shadowRoot?.querySelector('[data-testid="govmark-note-marker"]')
      ?.getBoundingClientRect();
    const article = document.querySelector('#ozoom')?.getBoundingClientRect();
    return marker && article
      ? { left: marker.left, right: marker.right, articleLeft: article.left, articleRight: article.right }
      : null;
  });
}

async function markerOverlapsArticle(page: Page): Promise<boolean | null> {
  const box = await markerBox(page);
  return box && box.right > box.articleLeft && box.left < box.articleRight;
}

async function markerLeft(page: Page): Promise<number | undefined> {
  return (await markerBox(page))?.left;
}

/** Opens a report page and waits until its notes have been placed (the popup's own wait). */
async function openReport(url = EPAPER) {
  const tab = await openTab(launched, url);
  await waitForPasses(tab.page);
  return tab;
}

/**
 * Whether GovMark's notes UI (notes-ui.js) has been loaded into the page: it leaves its factory in the
 * content script's isolated world, which a page script cannot see, so the test looks there over CDP.
 */
async function notesUiLoaded(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  // Enabling reports every context that already exists before it answers.
  await cdp.send('Runtime.enable');
  const ours = worlds.filter((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'));
  expect(ours.length).toBeGreaterThan(0);
  let loaded = false;
  for (const world of ours) {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `Symbol.for('govmark.notes-ui') in globalThis`,
      returnByValue: true,
    });
    loaded ||= result.value === true;
  }
  await cdp.detach();
  return loaded;
}

/** The popup's notes section for a tab, once it has read the notes. */
async function popupNotes(tabId: number) {
  const popup = await openPopup(launched, tabId);
  await popup.locator('[data-testid="govmark-popup-notes"][data-state="ready"]').waitFor();
  return popup;
}

beforeAll(async () => {
  profileDir = await mkdtemp(join(tmpdir(), 'govmark-notes-'));
  epaperHtml = await readFile(join(PAGES_DIR, 'epaper-nmg-2024-p08.html'), 'utf8');
  await launch();
});

afterEach(async () => {
  // No note is ever lost: every note written so far is in the database, whatever the test did.
  const stored = (await storedNotes()).map((n) => n.note);
  expect(stored).toEqual(expect.arrayContaining(written));
  expect(dialogs).toEqual([]);
});

afterAll(async () => {
  await launched?.close();
  await rm(profileDir, { recursive: true, force: true });
});

test('a report page without notes does not load the notes UI, nor does the popup; selecting words loads it', async () => {
  const { page, tabId } = await openReport();
  const popup = await popupNotes(tabId);
  expect(await popup.getByTestId('govmark-popup-note-text').count()).toBe(0);
  await popup.close();
  expect(await notesUiLoaded(page)).toBe(false);
  await selectWithMouse(page, PASSAGE);
  await page.getByTestId('govmark-add-note').waitFor();
  expect(await notesUiLoaded(page)).toBe(true);
  await page.close();
});

describe('a note written on a report page', () => {
  test('select with the mouse → 批注 → note and two tags → saved, highlighted at the words', async () => {
    const { page } = await openReport();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await writeNote(page, '这个目标比去年低了', '就业，待核实');
    await page.locator('mark[data-govmark="note"]').first().waitFor();
    expect(await noteHighlights(page)).toEqual([PASSAGE]);
    const [note] = await storedNotes();
    expect(note).toMatchObject({
      url: EPAPER,
      note: '这个目标比去年低了',
      tags: ['就业', '待核实'],
      quote: { exact: PASSAGE },
    });
    expect(note?.quote?.prefix.length).toBeGreaterThan(20);
    expect(note?.position?.end).toBe((note?.position?.start ?? 0) + PASSAGE.length);
    // Its marker sits in the margin, outside the article's box, and follows the layout on resize.
    expect(await markerOverlapsArticle(page)).toBe(false);
    const before = await markerLeft(page);
    await page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(() => markerLeft(page)).not.toBe(before);
    expect(await markerOverlapsArticle(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Clicking the marker opens the note to read.
    expect(await readNoteFromMarker(page)).toBe('这个目标比去年低了');
    await page.close();
  });

  test('reload → highlighted at the same words, and listed in the popup', async () => {
    const { page, tabId } = await openReport();
    await page.locator('mark[data-govmark="note"]').first().waitFor();
    expect(await noteHighlights(page)).toEqual([PASSAGE]);
    await page.reload();
    await waitForPasses(page);
    await page.locator('mark[data-govmark="note"]').first().waitFor();
    expect(await noteHighlights(page)).toEqual([PASSAGE]);
    const popup = await popupNotes(tabId);
    expect(await popup.getByTestId('govmark-popup-note-text').allTextContents()).toEqual(['这个目标比去年低了']);
    expect(await popup.getByTestId('govmark-popup-note-quote').allTextContents()).toEqual([PASSAGE]);
    expect(await popup.locator('h2#gm-notes-title').textContent()).toContain('此页的批注');
    await popup.close();
    await page.close();
  });

  test('the browser closed and started again on the same profile → still there', async () => {
    await launched.close();
    await launch();
    const { page, tabId } = await openReport();
    await page.locator('mark[data-govmark="note"]').first().waitFor();
    expect(await noteHighlights(page)).toEqual([PASSAGE]);
    const popup = await popupNotes(tabId);
    expect(await popup.getByTestId('govmark-popup-note-text').allTextContents()).toEqual(['这个目标比去年低了']);
    await popup.close();
    await page.close();
  });

  test('the site inserts a paragraph before it and changes a character inside it → the note moves with its words', async () => {
    const edited = epaperHtml
      .replace('<p>温暖工程既是民生工程', '<p>编者按：本版新增一段说明文字，供读者参考。</p>\n<p>温暖工程既是民生工程')
      .replace(PASSAGE, CHANGED);
    expect(edited).toContain(CHANGED);
    await serveEpaper(edited);
    const { page } = await openReport();
    await page.locator('mark[data-govmark="note"]').first().waitFor();
    expect(await noteHighlights(page)).toEqual([CHANGED]);
    // The stored anchor followed, so the next visit finds the words at once.
    await expect.poll(async () => (await storedNotes())[0]?.quote?.exact).toBe(CHANGED);
    await page.close();
  });

  test('the passage gone → listed as unplaced in the popup with its quote, still in the database', async () => {
    const gone = epaperHtml.replace(/<p>温暖工程既是民生工程[^<]*<\/p>/, '');
    expect(gone).not.toContain('供排水管网改造');
    await serveEpaper(gone);
    const { page, tabId } = await openReport();
    const popup = await popupNotes(tabId);
    const unplaced = popup.getByTestId('govmark-popup-unplaced');
    await unplaced.waitFor();
    expect(await unplaced.getByTestId('govmark-popup-note-quote').allTextContents()).toEqual([CHANGED]);
    expect(await unplaced.textContent()).toContain('未能定位');
    expect(await noteHighlights(page)).toEqual([]);
    expect((await storedNotes()).map((n) => n.note)).toContain('这个目标比去年低了');
    // Re-attached to words the reader selects now, it is placed again.
    expect(await selectWithMouse(page, '教育关乎千家万户')).toBe('教育关乎千家万户');
    await popup.bringToFront();
    await popup.getByTestId('govmark-popup-reattach').click();
    await popup.getByTestId('govmark-popup-unplaced').waitFor({ state: 'detached' });
    await expect.poll(() => noteHighlights(page)).toEqual(['教育关乎千家万户']);
    expect((await storedNotes()).find((n) => n.note === '这个目标比去年低了')?.quote?.exact).toBe('教育关乎千家万户');
    await popup.close();
    await page.close();
    await serveEpaper(epaperHtml);
  });
});

describe('more notes', () => {
  test('two tabs adding notes at once → both saved', async () => {
    const a = await openReport(EPAPER);
    const b = await openReport(GOV);
    expect(await selectWithMouse(a.page, '就业是最基本的民生')).toBe('就业是最基本的民生');
    await writeNote(a.page, '甲页的批注', '民生', false);
    expect(await selectWithMouse(b.page, GOV_PASSAGE)).toBe(GOV_PASSAGE);
    await writeNote(b.page, '乙页的批注', 'GDP', false);
    await Promise.all([saveNote(a.page), saveNote(b.page)]);
    await expect.poll(() => noteHighlights(a.page)).toContain('就业是最基本的民生');
    await expect.poll(() => noteHighlights(b.page)).toEqual([GOV_PASSAGE]);
    const stored = await storedNotes();
    expect(stored.find((n) => n.note === '甲页的批注')?.url).toBe(EPAPER);
    expect(stored.find((n) => n.note === '乙页的批注')?.url).toBe(GOV);
    await a.page.close();
    await b.page.close();
  });

  test(`a note ${XSS} shows those characters, on the page and in the popup; no dialog`, async () => {
    const { page, tabId } = await openReport(GOV);
    expect(await selectWithMouse(page, '全国财政收入突破20万亿元')).toBe('全国财政收入突破20万亿元');
    await writeNote(page, XSS, '待核实');
    await expect.poll(() => noteHighlights(page)).toContain('全国财政收入突破20万亿元');
    await page.locator('mark[data-govmark="note"]', { hasText: '全国财政收入' }).first().click();
    expect(await shownNote(page)).toBe(XSS);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    const popup = await popupNotes(tabId);
    expect(await popup.getByTestId('govmark-popup-note-text').allTextContents()).toContain(XSS);
    expect(await popup.locator('img').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

test('on a site GovMark does not run on by default: invoked from the toolbar, notes work there and come back', async () => {
  const { page, tabId } = await openTab(launched, ELSEWHERE);
  await clickToolbarButton(launched, page);
  let popup = await openPopup(launched, tabId);
  await popup.getByTestId('govmark-analyze-anyway').click();
  await expect.poll(() => popup.getByTestId('govmark-popup-status').getAttribute('data-state')).toBe('report');
  await popup.close();
  expect(await selectWithMouse(page, GOV_PASSAGE)).toBe(GOV_PASSAGE);
  await writeNote(page, '别处网站上的批注', '其他');
  await expect.poll(() => noteHighlights(page)).toEqual([GOV_PASSAGE]);
  // Opened again and invoked again: the popup lists the note for the URL at once, the page shows it.
  await page.reload();
  await clickToolbarButton(launched, page);
  popup = await popupNotes(tabId);
  expect(await popup.getByTestId('govmark-popup-note-text').allTextContents()).toEqual(['别处网站上的批注']);
  await popup.getByTestId('govmark-analyze-anyway').click();
  await expect.poll(() => noteHighlights(page)).toEqual([GOV_PASSAGE]);
  await popup.close();
  await page.close();
});

test('the popup’s notes section in English in an English browser', async () => {
  await launched.close();
  await launch('en');
  const { page, tabId } = await openReport();
  await page.locator('mark[data-govmark="note"]').first().waitFor();
  const popup = await popupNotes(tabId);
  expect(await popup.locator('h2#gm-notes-title').textContent()).toContain('Notes on this page');
  expect(await popup.getByTestId('govmark-popup-page-note-add').textContent()).toBe('Add page note');
  expect(await popup.getByTestId('govmark-popup-note-text').allTextContents()).toContain('这个目标比去年低了');
  await popup.close();
  await page.close();
});
