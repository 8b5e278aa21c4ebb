import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation, PageRecord } from '../../storage/types';
import { libraryPages } from '../unit/library-pages';
import { uuid } from '../unit/library-records';
import { type Launched, launchExtension } from './harness';

/**
 * The library page in Chromium with the built extension, on seeded records: annotations and report pages are
 * written straight into the extension's IndexedDB from the library page itself (same origin), after Dexie
 * has created the schema, so these tests can cover the formats and edge cases (formula cells, HTML in notes,
 * page notes, a report over several pages, broken records, the popup's export request) with exact records;
 * everything after the seeding goes through the real UI. The real path, notes made with the mouse on report
 * pages → library → export → import into a fresh profile → back on the pages, is notes-library.e2e.ts.
 */

const NMG_08 = 'https://szb.nmgnews.com.cn/2024/01/28/08.html';
const GOV = 'https://www.gov.cn/zhengce/2024-03/report.htm';
const t0 = Date.UTC(2024, 2, 1);

function note(n: number, fields: Partial<Annotation>): Annotation {
  return {
    id: uuid(n),
    url: GOV,
    title: '国务院政府工作报告',
    reportKey: '2024-国务院-政府工作报告',
    note: '',
    tags: [],
    color: 'yellow',
    created: t0 + n * 60_000,
    updated: t0 + n * 60_000,
    ...fields,
  };
}

const quote = (exact: string, start: number) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '全年', suffix: '。' },
  position: {
    type: 'TextPositionSelector' as const,
    start,
    end: start + exact.length,
    codePointStart: start,
    codePointEnd: start + exact.length,
  },
});

const NMG = { url: NMG_08, title: '政府工作报告（第08版）', reportKey: '2024-内蒙古自治区-政府工作报告' };
const ANNOTATIONS: Annotation[] = [
  note(1, { ...NMG, ...quote('新增婴幼儿托位1.5万个', 120), note: '托位目标比去年低', tags: ['民生', '待核实'] }),
  note(2, { ...NMG, ...quote('地区生产总值增长6%', 10), note: '=HYPERLINK("http://evil")', tags: ['GDP'] }),
  note(3, { ...NMG, note: '<img src=x onerror=alert(1)>', tags: ['民生'] }),
  note(4, { ...quote('城镇新增就业1200万人以上', 20), note: '就业优先', tags: ['就业'] }),
  note(5, { ...quote('居民人均可支配收入增长', 400), note: '与经济增长同步', tags: ['民生'] }),
];

let launched: Launched;
let library: Page;

const libraryUrl = (l: Launched, query = '') => `chrome-extension://${l.extensionId}/library.html${query}`;

/** Opens the library and waits until every annotation is loaded and indexed. */
async function openLibrary(l: Launched, query = ''): Promise<Page> {
  const page = await l.context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(libraryUrl(l, query));
  await page.waitForSelector('main[data-state="indexed"]');
  return page;
}

/** Writes records with IndexedDB itself, from an extension page whose Dexie has created the schema. */
function seed(page: Page, annotations: Annotation[], pages: PageRecord[]) {
  return page.evaluate(
    async ({ annotations, pages }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('govmark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['annotations', 'pages'], 'readwrite');
        for (const a of annotations) tx.objectStore('annotations').put(a);
        for (const p of pages) tx.objectStore('pages').put(p);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { annotations, pages },
  );
}

/** Every stored annotation, read with IndexedDB itself (not through the page under test), by id. */
function storedAnnotations(page: Page): Promise<Annotation[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('govmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Annotation[]>((resolve, reject) => {
      const request = db.transaction('annotations').objectStore('annotations').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  });
}

const cardCount = (page: Page) => page.getByTestId('govmark-annotation').count();

/** Clicks a button (a test id on the page, or a locator) and reads the file it downloads. */
async function download(
  page: Page,
  button: string | Locator,
): Promise<{ name: string; text: string; download: Download }> {
  const target = typeof button === 'string' ? page.getByTestId(button) : button;
  const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), download: file };
}

beforeAll(async () => {
  launched = await launchExtension();
  const first = await openLibrary(launched);
  await seed(first, ANNOTATIONS, libraryPages());
  await first.close();
  library = await openLibrary(launched);
});

afterAll(async () => {
  await launched?.close();
});

describe('the library page', () => {
  test('is in Chinese and lists every annotation, grouped by report, notes as text', async () => {
    expect(await library.locator('h1').textContent()).toBe('GovMark 批注库');
    expect(await cardCount(library)).toBe(5);
    const reports = await library.locator('.gm-report > h3').allTextContents();
    // Named as a person names a report (utils/report-name.ts), never by its key.
    expect(reports).toEqual(['2024年国务院政府工作报告', '2024年内蒙古自治区政府工作报告']);
    expect(await library.getByText('<img src=x onerror=alert(1)>').count()).toBe(1);
    expect(await library.locator('.gm-list img').count()).toBe(0);
  });

  test('search finds a Chinese substring; the tag filter narrows the list', async () => {
    await library.getByTestId('govmark-search').fill('幼儿托');
    await expect.poll(() => cardCount(library)).toBe(1);
    expect(await library.getByTestId('govmark-annotation-note').textContent()).toBe('托位目标比去年低');
    await library.getByTestId('govmark-search').fill('');
    await expect.poll(() => cardCount(library)).toBe(5);
    await library.getByTestId('govmark-filter-tag').selectOption('民生');
    await expect.poll(() => cardCount(library)).toBe(3);
    await library.getByTestId('govmark-filter-tag').selectOption('');
    await expect.poll(() => cardCount(library)).toBe(5);
  });

  test('the targets table joins one report’s pages and the reader’s notes', async () => {
    const table = library.locator('[data-testid="govmark-targets"][data-report="2024-内蒙古自治区-政府工作报告"]');
    expect(await table.getByTestId('govmark-target-row').count()).toBe(4);
    expect(await table.getByTestId('govmark-target-row').nth(1).textContent()).toContain('托位目标比去年低');
    const { name, text } = await download(library, table.getByTestId('govmark-export-targets'));
    expect(name).toMatch(/^govmark-targets-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFFreport,page,title,target,value')).toBe(true);
  });
});

describe('export', () => {
  test('CSV: BOM, the columns, a formula neutralised', async () => {
    const { name, text } = await download(library, 'govmark-export-csv');
    expect(name).toMatch(/^govmark-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('page,title,report,quote,note,tags,color,created,updated,id');
    expect(lines.filter(Boolean)).toHaveLength(6);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  test('Markdown: quotes as blockquotes, grouped by report', async () => {
    const { name, text } = await download(library, 'govmark-export-md');
    expect(name).toMatch(/^govmark-\d{4}-\d{2}-\d{2}\.md$/);
    expect(text).toContain('## 2024年内蒙古自治区政府工作报告');
    expect(text).toContain('> 新增婴幼儿托位1.5万个');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('JSON: the W3C envelope; it imports into a fresh profile and exports again identically', async () => {
    const { name, text } = await download(library, 'govmark-export-json');
    expect(name).toMatch(/^govmark-\d{4}-\d{2}-\d{2}\.json$/);
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ format: 'govmark', schemaVersion: 1 });
    expect(envelope.annotations).toHaveLength(5);
    expect(envelope.annotations[0]['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const file = join(tmpdir(), `govmark-e2e-${process.pid}.json`);
    await writeFile(file, text);

    const fresh = await launchExtension();
    try {
      const page = await openLibrary(fresh);
      expect(await page.getByTestId('govmark-library-empty').count()).toBe(1);
      await page.getByTestId('govmark-import').setInputFiles(file);
      expect(await page.getByTestId('govmark-import-summary').textContent()).toBe('导入 5 条');
      expect(await storedAnnotations(page)).toEqual([]); // nothing before the confirm
      await page.getByTestId('govmark-import-confirm').click();
      await page.getByTestId('govmark-import-result').waitFor();
      await expect.poll(() => cardCount(page)).toBe(5);
      const sortById = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(sortById(await storedAnnotations(page))).toEqual(sortById(ANNOTATIONS));
      const again = JSON.parse((await download(page, 'govmark-export-json')).text);
      expect(JSON.stringify(again.annotations)).toBe(JSON.stringify(envelope.annotations));
    } finally {
      await fresh.close();
    }
  });

  test('?export=json&url= from the popup exports that page only, after a click', async () => {
    const page = await openLibrary(launched, `?export=json&url=${encodeURIComponent(`${GOV}#p3`)}`);
    try {
      expect(await page.getByTestId('govmark-export-request').isVisible()).toBe(true);
      await expect.poll(() => cardCount(page)).toBe(2);
      // The requested button has focus once it can be pressed: Enter downloads.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('govmark-export-json');
      const { text } = await download(page, 'govmark-export-json');
      const sources = JSON.parse(text).annotations.map((a: { target: { source: string } }) => a.target.source);
      expect(sources).toEqual([GOV, GOV]);
    } finally {
      await page.close();
    }
  });
});

describe('import', () => {
  test('a broken file shows which record and why, and changes nothing', async () => {
    const before = await storedAnnotations(library);
    const exported = JSON.parse((await download(library, 'govmark-export-json')).text);
    exported.annotations[2].target.source = 'javascript:alert(1)';
    exported.annotations[0].body = [{ type: 'TextualBody', value: '改了', purpose: 'commenting' }];
    await library.getByTestId('govmark-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    const error = await library.getByTestId('govmark-import-error').textContent();
    expect(error).toContain('第 3 条批注');
    expect(await library.getByTestId('govmark-import-confirm').count()).toBe(0);
    await library.getByTestId('govmark-import').setInputFiles({
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "govmark", "annotations": ['),
    });
    await expect.poll(() => library.getByTestId('govmark-import-error').textContent()).toContain('不是有效的 JSON');
    expect(await storedAnnotations(library)).toEqual(before);
  });
});
