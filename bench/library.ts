import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { applyImport } from '../storage/annotations';
import { annotationsToCsv } from '../storage/export-csv';
import { serializeExport, toWebAnnotations } from '../storage/export-json';
import { annotationsToMarkdown } from '../storage/export-markdown';
import { parseImport } from '../storage/import';
import { planImport } from '../storage/plan-import';
import { createSearchIndex } from '../storage/search-index';
import type { Annotation } from '../storage/types';
import { extensionDir, launchExtension } from '../tests/e2e/harness';
import { generateAnnotations } from '../tests/fixtures/annotations';
import { makeTestDb } from '../tests/unit/fake-db';
import { type Bench, formatMs, formatRatio, measure, measureAsync, verdict } from './measure';

const COUNT = 10_000;
const QUERIES = ['就业', '新增城镇就业', 'gdp', '托位', '没有这句话'];
const exportedAt = new Date(Date.UTC(2024, 10, 28));

const line = (label: string, ms: number, base: number, baseName: string, target?: [boolean, string]) =>
  console.log(
    `  ${label.padEnd(34)}${formatMs(ms).padStart(9)} = ${formatRatio(ms, base)} ${baseName}${target ? `: ${verdict(...target)}` : ''}`,
  );

/** Export and import in Node: pure functions, and Dexie on fake-indexeddb for the write. */
async function exportImport(records: Annotation[]): Promise<void> {
  console.log('  export (Node)');
  const stringify = measure(() => JSON.stringify(records), { rounds: 9 }).median;
  console.log(`  ${'baseline JSON.stringify(records)'.padEnd(34)}${formatMs(stringify).padStart(9)}`);
  const csv = measure(() => annotationsToCsv(records), { rounds: 9 }).median;
  line('CSV', csv, stringify, 'the baseline', [csv <= stringify * 20, '≤ 20×']);
  const md = measure(() => annotationsToMarkdown(records, { exportedAt }), { rounds: 9 }).median;
  line('Markdown', md, stringify, 'the baseline', [md <= stringify * 20, '≤ 20×']);
  const json = measure(() => serializeExport(toWebAnnotations(records, { exportedAt })), { rounds: 9 }).median;
  line('JSON (W3C)', json, stringify, 'the baseline', [json <= stringify * 20, '≤ 20×']);

  console.log('  import (Node; writes on fake-indexeddb, much slower than a browser’s IndexedDB)');
  const text = serializeExport(toWebAnnotations(records, { exportedAt }));
  const parse = measure(() => JSON.parse(text), { rounds: 9 }).median;
  const stored = new Map(records.map((a) => [a.id, a]));
  const bulkAdd = (
    await measureAsync(
      async () => {
        await makeTestDb().annotations.bulkAdd(records);
        return undefined;
      },
      { warmup: 1, rounds: 3 },
    )
  ).median;
  const base = parse + bulkAdd;
  console.log(`  ${'baseline JSON.parse + bulkAdd'.padEnd(34)}${formatMs(base).padStart(9)}`);
  const validated = measure(
    () => {
      const parsed = parseImport(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return planImport(parsed.records, new Map());
    },
    { warmup: 1, rounds: 5 },
  ).median;
  line('parse + validate + plan', validated, parse, 'JSON.parse');
  const reimport = measure(
    () => {
      const parsed = parseImport(text);
      return parsed.ok && planImport(parsed.records, stored);
    },
    { warmup: 1, rounds: 5 },
  ).median;
  line('… the same file again (all kept)', reimport, parse, 'JSON.parse');
  const whole = (
    await measureAsync(
      async () => {
        const start = performance.now();
        const parsed = parseImport(text);
        if (!parsed.ok) throw new Error(parsed.error);
        const plan = planImport(parsed.records, new Map());
        await applyImport(makeTestDb(), plan);
        return performance.now() - start;
      },
      { warmup: 1, rounds: 3 },
    )
  ).median;
  line('parse + plan + applyImport', whole, base, 'the baseline', [whole <= base * 5, '≤ 5×']);
}

/** The search index in Node: building it, and a query against a plain substring scan. */
function searchIndex(records: Annotation[]): void {
  console.log('  search index (Node)');
  const build = measure(() => createSearchIndex(records), { warmup: 1, rounds: 5 }).median;
  const toArray = measure(() => records.map((a) => ({ ...a })), { rounds: 9 }).median;
  line('build, 10,000 annotations', build, toArray, 'copying the records');
  const index = createSearchIndex(records);
  const texts = records.map((a) =>
    `${a.note}\n${a.quote?.exact ?? ''}\n${a.tags.join('\n')}\n${a.title}`.toLowerCase(),
  );
  for (const query of QUERIES) {
    const scan = measure(() => texts.filter((text) => text.includes(query)).length, { rounds: 15 }).median;
    const found = index.search(query)?.size ?? 0;
    const ms = measure(() => index.search(query), { rounds: 15 }).median;
    line(`query ${JSON.stringify(query)} (${found} found)`, ms, scan, 'a substring scan');
  }
}

/** Seeds the extension's IndexedDB from the library page (same origin), as the e2e test does. */
function seed(page: Page, records: Annotation[]) {
  return page.evaluate(async (annotations) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('govmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').clear();
      for (const a of annotations) tx.objectStore('annotations').put(a);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** A plain read of every record in the page: IndexedDB getAll, what Dexie's toArray() does. */
function getAllInPage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const start = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('govmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const request = db.transaction('annotations').objectStore('annotations').getAll();
      request.onsuccess = () => resolve(request.result.length);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return performance.now() - start;
  });
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? Number.NaN, name);

/** The real library page in headless Chromium: open (first annotations in the DOM) and search. */
async function inBrowser(records: Annotation[]): Promise<void> {
  const extension = extensionDir();
  if (!existsSync(join(extension, 'manifest.json'))) {
    console.log(`  library page in Chromium: skipped, no built extension at ${extension} (npm run build)`);
    return;
  }
  const launched = await launchExtension({ extension });
  try {
    const page = await launched.context.newPage();
    const url = `chrome-extension://${launched.extensionId}/library.html`;
    await page.goto(url);
    await page.waitForSelector('main[data-state="indexed"]');
    await seed(page, records);
    console.log('  library page in headless Chromium (User Timing marks, from navigation start)');
    const baseline = (await measureAsync(() => getAllInPage(page), { warmup: 2, rounds: 9 })).median;
    console.log(`  ${'baseline getAll() of 10,000'.padEnd(34)}${formatMs(baseline).padStart(9)}`);
    const opened: number[] = [];
    const indexed: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(url);
      await page.waitForSelector('main[data-state="indexed"]', { timeout: 60_000 });
      opened.push(await markTime(page, 'govmark:library-list'));
      indexed.push(await markTime(page, 'govmark:library-indexed'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
    const open = median(opened);
    line('open: first 50 in the DOM', open, baseline, 'getAll', [open <= baseline * 3, '≤ 3× getAll']);
    line('… search ready (all indexed)', median(indexed), baseline, 'getAll');
    for (const query of QUERIES) {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = await page.evaluate(() => performance.getEntriesByName('govmark:library-search').length);
        await page.getByTestId('govmark-search').fill(i % 2 ? '' : query);
        await page.waitForFunction((n) => performance.getEntriesByName('govmark:library-search').length > n, before);
        if (i % 2 === 0)
          samples.push(
            await page.evaluate(
              () => performance.getEntriesByName('govmark:library-search').at(-1)?.duration ?? Number.NaN,
            ),
          );
      }
      const ms = median(samples);
      line(`search ${JSON.stringify(query)} → list`, ms, baseline, 'getAll', [ms <= baseline, '≤ 1× getAll']);
    }
  } finally {
    await launched.close();
  }
}

const bench: Bench = {
  name: 'library',
  async run() {
    const records = generateAnnotations(COUNT);
    console.log(`library: ${COUNT.toLocaleString('en')} generated annotations (tests/fixtures/annotations.ts)`);
    await exportImport(records);
    searchIndex(records);
    // The browser part depends on a build and a Chromium: a failure there is reported, never fatal.
    await inBrowser(records).catch((error: unknown) => console.log(`  library page in Chromium: failed: ${error}`));
  },
};

export default bench;
