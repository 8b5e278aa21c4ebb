import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation, PageRecord } from '../../storage/types';
import { type Launched, launchExtension, openPopup, openTab, servePages, waitForPasses } from './harness';
import { noteHighlights, selectWithMouse, writeNote } from './note-actions';

/**
 * Issue 5 through the real path, as a reader takes it: notes made with the mouse on two report pages
 * (served at their news sites' addresses) → the library lists them, search and the tag filter find them,
 * the targets table shows each note beside the target it covers → the JSON export downloads → a second,
 * fresh profile imports it, and the notes come back in its library, on the pages at the same words and in
 * the popup; importing again changes nothing, and a broken file shows an error and changes nothing.
 * (library.e2e.ts seeds the database to cover the formats and edge cases; this file seeds nothing.)
 */

const EPAPER = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_1.html';
const GOV = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
const PAGES = { [EPAPER]: 'epaper-nmg-2024-p08.html', [GOV]: 'govcn-report-2022.html' };

interface Written {
  url: string;
  quote: string;
  note: string;
  /** As typed into the tags field: comma-separated, the last one confirmed with Enter. */
  typed: string;
  tags: string[];
}

/** Two notes with tags on the e-paper page (the first on a target's words), one on gov.cn (on targets). */
const NOTES: Written[] = [
  {
    url: EPAPER,
    quote: '完成燃气、供热、供排水管网改造1500公里和老旧小区改造1185个',
    note: '管网改造的里程要和去年对比',
    typed: '民生，待核实',
    tags: ['民生', '待核实'],
  },
  {
    url: EPAPER,
    quote: '就业是最基本的民生',
    note: '就业优先写在民生之首',
    typed: '民生，就业',
    tags: ['民生', '就业'],
  },
  {
    url: GOV,
    quote: '国内生产总值达到114万亿元，增长8.1%',
    note: '经济总量首次跨上一百一十万亿台阶',
    typed: 'GDP',
    tags: ['GDP'],
  },
];
const [PIPES, JOBS, GDP] = NOTES as [Written, Written, Written];
const onPage = (url: string) => NOTES.filter((n) => n.url === url);

let first: Launched;
let second: Launched | undefined;
let workDir: string;
/** The JSON file exported from the first profile. */
let exportedFile: string;
let exportedText: string;
const dialogs: string[] = [];

async function launch(): Promise<Launched> {
  const launched = await launchExtension();
  await servePages(launched.context, PAGES);
  launched.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  return launched;
}

/** One object store of the extension's database, read in the service worker (not through the UI under test). */
async function stored<T>(launched: Launched, store: 'annotations' | 'pages'): Promise<T[]> {
  const worker = await launched.worker();
  return worker.evaluate(async (name) => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'govmark')) return [];
    return new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('govmark');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction(name).objectStore(name).getAll();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          open.result.close();
          resolve(request.result as T[]);
        };
      };
    });
  }, store);
}

const byId = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Opens a report page and waits for its first pass (highlights done, notes placed). */
async function openReport(launched: Launched, url: string) {
  const tab = await openTab(launched, url);
  await waitForPasses(tab.page);
  return tab;
}

/** Selects a note's words with the mouse, clicks 批注, writes the note and its tags, saves. */
async function makeNote(page: Page, n: Written) {
  expect(await selectWithMouse(page, n.quote)).toBe(n.quote);
  await writeNote(page, { note: n.note, tags: n.typed });
  await expect.poll(() => noteHighlights(page)).toContain(n.quote);
}

/** Opens the library and waits until every annotation is loaded and indexed. */
async function openLibrary(launched: Launched): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/library.html`);
  await page.waitForSelector('main[data-state="indexed"]');
  return page;
}

const cardNotes = (library: Page) => library.getByTestId('govmark-annotation-note').allTextContents();

/** The popup's notes for a tab, once it has read them. */
async function popupNotes(launched: Launched, tabId: number) {
  const popup = await openPopup(launched, tabId);
  await popup.locator('[data-testid="govmark-popup-notes"][data-state="ready"]').waitFor();
  const notes = await popup.getByTestId('govmark-popup-note-text').allTextContents();
  const quotes = await popup.getByTestId('govmark-popup-note-quote').allTextContents();
  await popup.close();
  return { notes: notes.sort(), quotes: quotes.sort() };
}

const sorted = (list: string[]) => [...list].sort();

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'govmark-notes-library-'));
  first = await launch();
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('notes made on two report pages, in the library, exported, imported into a fresh profile', () => {
  test('notes with tags made with the mouse on the e-paper page and the gov.cn page', async () => {
    for (const url of [EPAPER, GOV]) {
      const { page } = await openReport(first, url);
      for (const n of onPage(url)) await makeNote(page, n);
      expect(await noteHighlights(page)).toEqual(sorted(onPage(url).map((n) => n.quote)));
      await page.close();
    }
    const notes = await stored<Annotation>(first, 'annotations');
    expect(notes.map((a) => ({ url: a.url, quote: a.quote?.exact, note: a.note, tags: a.tags }))).toEqual(
      expect.arrayContaining(NOTES.map((n) => ({ url: n.url, quote: n.quote, note: n.note, tags: n.tags }))),
    );
    expect(notes).toHaveLength(NOTES.length);
    // Both pages were recorded, because the engine called them reports: the targets tables come from these.
    await expect
      .poll(async () => sorted((await stored<PageRecord>(first, 'pages')).map((p) => p.url)))
      .toEqual(sorted([EPAPER, GOV]));
  });

  test('the library lists them by report and page; search and the tag filter find them', async () => {
    const notes = await stored<Annotation>(first, 'annotations');
    const library = await openLibrary(first);
    expect(sorted(await cardNotes(library))).toEqual(sorted(NOTES.map((n) => n.note)));

    // Grouped: one section per report, named as a person names it (never its key or a URL), holding its page
    // and that page's notes.
    const keys = [...new Set(notes.map((a) => a.reportKey))];
    expect(keys).toHaveLength(2);
    const titles = await library.getByTestId('govmark-report-title').allTextContents();
    expect(titles).toHaveLength(2);
    expect(new Set(titles).size).toBe(2);
    for (const title of titles) {
      expect(title).toMatch(/政府工作报告$/);
      expect(keys).not.toContain(title);
      expect(title).not.toMatch(/^https?:|^report:/);
    }
    for (const url of [EPAPER, GOV]) {
      const report = library.locator('.gm-report', { has: library.locator(`.gm-page h4 a[href="${url}"]`) });
      await expect.poll(() => report.count()).toBe(1);
      expect(sorted(await report.getByTestId('govmark-annotation-note').allTextContents())).toEqual(
        sorted(onPage(url).map((n) => n.note)),
      );
      expect(sorted(await report.locator('.gm-quote').allTextContents())).toEqual(
        sorted(onPage(url).map((n) => n.quote)),
      );
    }

    // Search: a Chinese substring of a note's text, then of a quote.
    const search = library.getByTestId('govmark-search');
    await search.fill('首次跨上');
    await expect.poll(() => cardNotes(library)).toEqual([GDP.note]);
    await search.fill('供排水管网');
    await expect.poll(() => cardNotes(library)).toEqual([PIPES.note]);
    expect(await library.locator('.gm-quote').allTextContents()).toEqual([PIPES.quote]);
    await search.fill('');
    await expect.poll(async () => (await cardNotes(library)).length).toBe(NOTES.length);

    // The tag filter narrows to the notes with that tag, and back.
    const tag = library.getByTestId('govmark-filter-tag');
    await tag.selectOption('民生');
    await expect.poll(async () => sorted(await cardNotes(library))).toEqual(sorted([PIPES.note, JOBS.note]));
    await tag.selectOption('GDP');
    await expect.poll(() => cardNotes(library)).toEqual([GDP.note]);
    await tag.selectOption('');
    await expect.poll(async () => (await cardNotes(library)).length).toBe(NOTES.length);
    await library.close();
  });

  test('the targets table lists each report’s targets, with the reader’s note beside the target it covers', async () => {
    const notes = await stored<Annotation>(first, 'annotations');
    const pages = await stored<PageRecord>(first, 'pages');
    const library = await openLibrary(first);
    for (const record of pages) {
      const table = library.locator(`[data-testid="govmark-targets"][data-report="${record.reportKey}"]`);
      const rows = table.getByTestId('govmark-target-row');
      expect(record.targets.length).toBeGreaterThan(0);
      expect(await rows.count()).toBe(record.targets.length);
      expect(await rows.locator('td:first-child').allTextContents()).toEqual(
        [...record.targets].sort((a, b) => a.start - b.start).map((t) => t.text),
      );
      // Beside each target (rows in text order): the notes whose words overlap it, and only those.
      const mine = notes.filter((a) => a.url === record.url);
      const beside = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td:last-child .gm-note')].map((p) => p.textContent ?? '')),
      );
      expect(beside).toEqual(
        [...record.targets]
          .sort((a, b) => a.start - b.start)
          .map((target) =>
            mine
              .filter((a) => a.position && a.position.start < target.end && target.start < a.position.end)
              .map((a) => a.note),
          ),
      );
      expect(beside.flat().length).toBeGreaterThan(0);
    }
    // Concretely: the GDP figure and the 1500 km target, each beside the note made on its words.
    const row = (target: string) =>
      library.getByTestId('govmark-target-row').filter({ has: library.locator('td:first-child', { hasText: target }) });
    expect(await row('114万亿元').locator('td:last-child .gm-note').allTextContents()).toEqual([GDP.note]);
    expect(await row('1500公里').locator('td:last-child .gm-note').allTextContents()).toEqual([PIPES.note]);
    expect(await row('1500公里').locator('td:last-child .gm-tags-inline').textContent()).toBe('民生、待核实');
    await library.close();
  });

  test('JSON export: govmark-YYYY-MM-DD.json in the W3C envelope, with the notes’ texts, quotes and tags', async () => {
    const library = await openLibrary(first);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByTestId('govmark-export-json').click(),
    ]);
    const today = new Date();
    const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(download.suggestedFilename()).toBe(`govmark-${day}.json`);
    exportedFile = join(workDir, download.suggestedFilename());
    await download.saveAs(exportedFile);
    exportedText = await readFile(exportedFile, 'utf8');
    await library.close();

    const envelope = JSON.parse(exportedText);
    expect(envelope).toMatchObject({ format: 'govmark', schemaVersion: 1 });
    expect(Number.isNaN(Date.parse(envelope.exportedAt))).toBe(false);
    expect(envelope.annotations).toHaveLength(NOTES.length);
    for (const n of NOTES) {
      const a = envelope.annotations.find(
        (x: { target: { selector?: { exact?: string }[] } }) => x.target.selector?.[0]?.exact === n.quote,
      );
      expect(a).toMatchObject({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        target: {
          source: n.url,
          selector: [
            { type: 'TextQuoteSelector', exact: n.quote },
            { type: 'TextPositionSelector', end: expect.any(Number) },
          ],
        },
        body: [
          { type: 'TextualBody', value: n.note, purpose: 'commenting' },
          ...n.tags.map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' })),
        ],
      });
      const [, position] = a.target.selector;
      expect(position.end - position.start).toBe([...n.quote].length);
    }
  });

  test('a second, fresh profile imports the file: listed in its library, back on the pages and in the popup', async () => {
    const originals = byId(await stored<Annotation>(first, 'annotations'));
    await first.close();
    second = await launch();
    const library = await openLibrary(second);
    expect(await library.getByTestId('govmark-library-empty').count()).toBe(1);
    await library.getByTestId('govmark-import').setInputFiles(exportedFile);
    expect(await library.getByTestId('govmark-import-summary').textContent()).toBe(`导入 ${NOTES.length} 条`);
    expect(await stored<Annotation>(second, 'annotations')).toEqual([]); // nothing before the confirm
    await library.getByTestId('govmark-import-confirm').click();
    await library.getByTestId('govmark-import-result').waitFor();
    await expect.poll(async () => sorted(await cardNotes(library))).toEqual(sorted(NOTES.map((n) => n.note)));
    expect(byId(await stored<Annotation>(second, 'annotations'))).toEqual(originals);
    await library.close();

    for (const url of [EPAPER, GOV]) {
      const { page, tabId } = await openReport(second, url);
      // At the same words; a target or agency mark inside a note's words may split it, so compare text.
      await expect.poll(() => noteHighlights(page)).toEqual(sorted(onPage(url).map((n) => n.quote)));
      expect(await popupNotes(second, tabId)).toEqual({
        notes: sorted(onPage(url).map((n) => n.note)),
        quotes: sorted(onPage(url).map((n) => n.quote)),
      });
      await page.close();
    }
    // Visiting the pages re-placed the notes without rewriting them.
    expect(byId(await stored<Annotation>(second, 'annotations'))).toEqual(originals);
  });

  test('importing the same file again changes nothing; a broken file shows an error and changes nothing', async () => {
    const launched = second as Launched;
    const before = byId(await stored<Annotation>(launched, 'annotations'));
    const library = await openLibrary(launched);
    const input = library.getByTestId('govmark-import');

    await input.setInputFiles(exportedFile);
    expect(await library.getByTestId('govmark-import-summary').textContent()).toBe(
      `文件中的 ${NOTES.length} 条批注本地都已有，不会有任何改动。`,
    );
    expect(await library.getByTestId('govmark-import-confirm').count()).toBe(0);
    await library.getByTestId('govmark-import-cancel').click();

    // Not JSON at all (cut off mid-file).
    await input.setInputFiles({
      name: 'govmark-broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportedText.slice(0, Math.floor(exportedText.length / 2))),
    });
    expect(await library.getByTestId('govmark-import-error').textContent()).toContain('不是有效的 JSON');
    expect(await library.getByTestId('govmark-import-confirm').count()).toBe(0);

    // Valid JSON with one new note and one bad record: nothing at all is written, and it says which record.
    const envelope = JSON.parse(exportedText);
    const fresh = structuredClone(envelope.annotations[0]);
    fresh.id = 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e';
    envelope.annotations[1].target.source = 'javascript:alert(1)';
    envelope.annotations.push(fresh);
    await input.setInputFiles({
      name: 'govmark-one-bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(envelope)),
    });
    await expect.poll(() => library.getByTestId('govmark-import-error').textContent()).toContain('第 2 条批注');
    expect(await library.getByTestId('govmark-import-confirm').count()).toBe(0);

    expect(byId(await stored<Annotation>(launched, 'annotations'))).toEqual(before);
    expect((await cardNotes(library)).length).toBe(NOTES.length);
    await library.close();
    expect(dialogs).toEqual([]);
  });
});
