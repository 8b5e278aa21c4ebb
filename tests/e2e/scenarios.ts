import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kindLabel } from '../../utils/present-target';
import type { Driver, DriverPage, LaunchDriver } from './driver';
import { engineView } from './engine-expectations';
import { EPAPER, NOT_REPORTS, REPORTS } from './fixture-sites';
import { readMarksIn } from './harness';
import {
  editNoteFromMarker,
  noteHighlights,
  readNoteFromMarker,
  selectWithMouse,
  waitForNoteHighlight,
  writeNote,
} from './note-actions';
import { type UiLanguage, uiWords } from './ui-words';

/**
 * The scenarios every browser must pass, written once against the driver interface (driver.ts) and run by
 * scenarios-chromium.e2e.ts and scenarios-firefox.e2e.ts: the built package installed as built; the
 * fixture reports highlighted exactly as the engine finds them and the look-alikes untouched; the hover
 * card; the reader's journey through the page UI: a note written, back after a reload, edited, back after a
 * browser restart, listed in the popup and the library, deleted there and gone from the open page
 * (notes:changed); its JSON export imported into a fresh profile, where a broken file first writes nothing.
 * Each browser runs the list once per UI language (zh_CN, en), expecting that language's words. The Chromium-only files go deeper
 * (exact restore, living pages, activeTab, the library's formats) where only Playwright can look.
 */

const NOTE_PAGE = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_1.html';
/** The same page at two addresses, for a page that moves from one to the other with `history.pushState`. */
const SPA_FROM = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_9.html';
const SPA_TO = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_10.html';
const PAGES = {
  ...REPORTS,
  ...NOT_REPORTS,
  [NOTE_PAGE]: 'epaper-nmg-2024-p08.html',
  [SPA_FROM]: 'epaper-nmg-2024-p08.html',
  [SPA_TO]: 'epaper-nmg-2024-p08.html',
};
const PASSAGE = '完成燃气、供热、供排水管网改造1500公里和老旧小区改造1185个';
const NOTE = { note: '管网改造的里程要和去年对比', tags: '民生，待核实' };
/** The note's text after the reader edits it on the page. */
const EDITED = '管网改造的里程要和去年对比：去年为 1200 公里';

/** A restart or a second browser takes a while on a shared machine. */
const SLOW = 180_000;

/** Waits until GovMark has finished its first pass over the page (its highlight measure is recorded). */
function waitForPass(page: DriverPage): Promise<void> {
  return page.waitFor(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 1);
}

async function openReport(driver: Driver, url: string): Promise<DriverPage> {
  const page = await driver.openPage(driver.address(url));
  await waitForPass(page);
  return page;
}

/** GovMark's elements and attributes on the page: none at all means it left the page alone. */
function traces(page: DriverPage) {
  return page.evaluate(() => ({
    marks: document.querySelectorAll('[data-govmark]').length,
    elements: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govmark-')).length,
  }));
}

/** Makes the page keep what it downloads (`<a download>` of a Blob URL) instead of saving a file. */
function keepDownloads(page: DriverPage) {
  return page.evaluate(() => {
    const scope = window as unknown as { __gmDownloads: { name: string; text: string }[] };
    scope.__gmDownloads = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest?.('a[download]') as HTMLAnchorElement | null;
        const blob = link && blobs.get(link.href);
        if (!link || !blob) return;
        event.preventDefault();
        void blob.text().then((text) => scope.__gmDownloads.push({ name: link.download, text }));
      },
      true,
    );
  });
}

async function openLibrary(driver: Driver): Promise<DriverPage> {
  const library = await driver.openExtensionPage('library.html');
  await library.waitFor(() => document.querySelector('main[data-state="indexed"]'));
  return library;
}

async function popupNotes(driver: Driver, tabId: number): Promise<string[]> {
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
  try {
    await popup.waitFor(() => document.querySelector('[data-testid="govmark-popup-notes"][data-state="ready"]'));
    return await popup.textsOfTestId('govmark-popup-note-text');
  } finally {
    await popup.close();
  }
}

/** Registers the shared scenarios for one browser in one UI language (their names say which language). */
export function defineScenarios(launch: LaunchDriver, language: UiLanguage): void {
  describe(`UI language ${language}`, () => journey(launch, language));
}

function journey(launch: LaunchDriver, language: UiLanguage): void {
  const words = uiWords(language);
  let driver: Driver;
  let fresh: Driver | undefined;
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'govmark-scenarios-'));
    driver = await launch({ pages: PAGES, language });
  }, SLOW);

  afterAll(async () => {
    await driver?.close();
    await fresh?.close();
    await rm(workDir, { recursive: true, force: true });
  }, SLOW);

  describe.each(Object.entries(REPORTS))('report %s (%s)', (url, fixture) => {
    test('highlights exactly what the engine finds in the same text', async () => {
      const engine = await engineView(fixture);
      expect(engine.analysis?.isReport, 'the engine calls this fixture a report').toBe(true);
      const page = await openReport(driver, url);
      try {
        const marks = (await page.evaluate(readMarksIn)).map(({ type, kind, text }) => ({ type, kind, text }));
        expect(marks).toEqual(engine.expected);
        expect(marks.length).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  });

  test.each(Object.entries(NOT_REPORTS))('not a report: %s (%s) is left alone', async (url, fixture) => {
    expect((await engineView(fixture)).analysis?.isReport ?? false).toBe(false);
    const page = await openReport(driver, url);
    try {
      expect(await traces(page)).toEqual({ marks: 0, elements: 0 });
    } finally {
      await page.close();
    }
  });

  test('hovering a target shows its card with kind, value and unit; moving away hides it', async () => {
    const first = (await engineView(REPORTS[EPAPER])).analysis?.targets[0];
    expect(first, 'the engine finds targets on the demo page').toBeDefined();
    const page = await openReport(driver, EPAPER);
    try {
      expect(await page.visibleTestId('govmark-card')).toBe(false);
      await page.hover('mark[data-govmark="target"]');
      await expect.poll(() => page.visibleTestId('govmark-card')).toBe(true);
      const [text] = await page.textsOfTestId('govmark-card');
      expect(text).toContain(first?.unit ?? '');
      // The target's kind in the presentation module's words, in the browser's language (utils/present-target.ts).
      expect(text).toContain(kindLabel(first?.kind ?? 'other', words));
      expect(text).toMatch(/\d/);
      await page.hover('h1, h2, p');
      await expect.poll(() => page.visibleTestId('govmark-card')).toBe(false);
    } finally {
      await page.close();
    }
  });

  test(`GovMark speaks the browser's language: the legend says ${words('legendNotes')}`, async () => {
    const page = await openReport(driver, NOTE_PAGE);
    try {
      await expect.poll(() => page.textsOfTestId('govmark-legend-notes')).toHaveLength(1);
      const [label] = await page.textsOfTestId('govmark-legend-notes');
      // The entry is the label and, once notes are counted, their number.
      expect(label?.replace(/\d+$/, '')).toBe(words('legendNotes'));
    } finally {
      await page.close();
    }
  });

  describe('a note written through the page UI', () => {
    test('select with the mouse → add a note → note and tags → saved and highlighted at the words', async () => {
      const page = await openReport(driver, NOTE_PAGE);
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await writeNote(page, NOTE);
      await waitForNoteHighlight(page);
      expect(await noteHighlights(page)).toEqual([PASSAGE]);
      await page.reload();
      await waitForPass(page);
      await waitForNoteHighlight(page);
      expect(await noteHighlights(page)).toEqual([PASSAGE]);
      await page.close();
    });

    test('a selection may begin on a highlighted target: the words are selected and a note offered', async () => {
      const page = await openReport(driver, NOTE_PAGE);
      // Not in the note the test above wrote: this starts on a target's highlight alone.
      const words = '126所幼儿园、578所中小学办学条件';
      expect(await page.evaluate(() => document.querySelector('mark[data-govmark="target"]') !== null)).toBe(true);
      const first = await page.evaluate(
        (w) =>
          [...document.querySelectorAll('mark[data-govmark="target"]')].some((m) => w.startsWith(m.textContent ?? '-')),
        words,
      );
      expect(first).toBe(true); // the drag starts inside a target's highlight
      expect(await selectWithMouse(page, words)).toBe(words);
      let offered = false;
      for (let i = 0; i < 50 && !offered; i++) {
        offered = await page.visibleTestId('govmark-add-note');
        if (!offered) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(offered).toBe(true);
      await page.close();
    });

    test('opened from its margin marker and edited in its card: the new text is back after a reload', async () => {
      const page = await openReport(driver, NOTE_PAGE);
      try {
        await waitForNoteHighlight(page);
        await editNoteFromMarker(page, EDITED);
        await page.reload();
        await waitForPass(page);
        await waitForNoteHighlight(page);
        expect(await readNoteFromMarker(page)).toBe(EDITED);
        expect(await noteHighlights(page)).toEqual([PASSAGE]);
      } finally {
        await page.close();
      }
    });

    test(
      'back after the browser restarts on the same profile; the popup lists it',
      async () => {
        await driver.restart();
        const page = await openReport(driver, NOTE_PAGE);
        await waitForNoteHighlight(page);
        expect(await noteHighlights(page)).toEqual([PASSAGE]);
        expect(await popupNotes(driver, page.tabId)).toEqual([EDITED]);
        await page.close();
      },
      SLOW,
    );

    test('the library lists it, and exports it as JSON', async () => {
      const library = await openLibrary(driver);
      try {
        expect(await library.textsOfTestId('govmark-annotation-note')).toEqual([EDITED]);
        await keepDownloads(library);
        await library.clickTestId('govmark-export-json');
        await library.waitFor(() => (window as unknown as { __gmDownloads: unknown[] }).__gmDownloads.length > 0);
        const [download] = await library.evaluate(
          () => (window as unknown as { __gmDownloads: { name: string; text: string }[] }).__gmDownloads,
        );
        expect(download?.name).toMatch(/^govmark-\d{4}-\d{2}-\d{2}\.json$/);
        const envelope = JSON.parse(download?.text ?? '{}');
        expect(envelope).toMatchObject({ format: 'govmark', annotations: [expect.anything()] });
        await writeFile(join(workDir, download?.name ?? 'export.json'), download?.text ?? '');
      } finally {
        await library.close();
      }
    });

    test('deleted in the open library, it leaves the open page at once; undo brings it back', async () => {
      const page = await openReport(driver, NOTE_PAGE);
      await waitForNoteHighlight(page);
      const library = await openLibrary(driver);
      try {
        await library.clickTestId('govmark-delete');
        // The signal, not a reload: the page follows the library within the undo window.
        await expect.poll(() => noteHighlights(page), { timeout: 10_000 }).toEqual([]);
        await library.clickTestId('govmark-undo');
        await expect.poll(() => noteHighlights(page), { timeout: 10_000 }).toEqual([PASSAGE]);
      } finally {
        await library.close();
        await page.close();
      }
    });

    test(
      'in a fresh profile a broken file writes nothing; the export imports: in its library, on the page at the same words',
      async () => {
        fresh = await launch({ pages: PAGES, language });
        const refused = await openLibrary(fresh);
        expect(await refused.textsOfTestId('govmark-library-empty')).toHaveLength(1);
        const [file] = (await readdir(workDir)).filter((name) => !name.startsWith('broken'));
        const text = await readFile(join(workDir, file ?? ''), 'utf8');
        const broken = join(workDir, 'broken-govmark.json');
        await writeFile(broken, text.slice(0, Math.floor(text.length / 2)));
        await refused.setFileTestId('govmark-import', broken);
        // The error in the reader's language, up to the parser's own message.
        const notJson = words('importNotJson', '\u0000').split('\u0000')[0] ?? '';
        await expect
          .poll(() => refused.textsOfTestId('govmark-import-error'))
          .toEqual([expect.stringContaining(notJson)]);
        expect(await refused.textsOfTestId('govmark-import-confirm')).toEqual([]);
        await refused.close();
        // Opened again, the library reads the database afresh: still empty.
        const library = await openLibrary(fresh);
        expect(await library.textsOfTestId('govmark-library-empty')).toHaveLength(1);
        await library.setFileTestId('govmark-import', join(workDir, file ?? ''));
        await library.clickTestId('govmark-import-confirm');
        await expect.poll(() => library.textsOfTestId('govmark-annotation-note')).toEqual([EDITED]);
        await library.close();
        const page = await openReport(fresh, NOTE_PAGE);
        await waitForNoteHighlight(page);
        expect(await noteHighlights(page)).toEqual([PASSAGE]);
        await page.close();
      },
      SLOW,
    );
  });

  test('a page that takes another address without loading (pushState) files a new note under that address', async () => {
    const page = await openReport(driver, SPA_FROM);
    try {
      await page.evaluate((path) => history.pushState(null, '', path), new URL(SPA_TO).pathname);
      // The page's pass on its new address, with its text unchanged.
      await page.waitFor(() => performance.getEntriesByName('govmark:highlight', 'measure').length >= 2);
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await writeNote(page, { note: '单页应用换了地址', tags: '地址' });
      await waitForNoteHighlight(page);
      expect(await popupNotes(driver, page.tabId)).toEqual(['单页应用换了地址']);
    } finally {
      await page.close();
    }
    const there = await openReport(driver, SPA_TO);
    try {
      await waitForNoteHighlight(there);
      expect(await noteHighlights(there)).toEqual([PASSAGE]);
    } finally {
      await there.close();
    }
    const left = await openReport(driver, SPA_FROM);
    try {
      expect(await popupNotes(driver, left.tabId)).toEqual([]);
    } finally {
      await left.close();
    }
  });
}
