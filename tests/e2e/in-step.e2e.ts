import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Launched, launchExtension, openPopup, openTab, servePages, waitForPasses } from './harness';
import {
  noteHighlights,
  readNoteFromMarker,
  selectWithMouse,
  shownNote,
  waitForNoteHighlight,
  writeNote,
} from './note-actions';

/**
 * The surfaces stay in step without a reload (issue 13, `notes:changed`): a note written on a page appears
 * in an open library and popup; a note deleted in the library leaves the open page once the deletion is
 * final (the acceptance's bounds: 5 s and the 10 s undo window), and comes back on undo.
 */

const GOV = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
const EPAPER = 'https://epaper.nmgrb.com.cn/nmgrb/20240129/08/content_1.html';
const PASSAGE = '国内生产总值达到114万亿元，增长8.1%';

describe('notes stay in step across the page, the popup and the library', () => {
  let launched: Launched;
  let gov: { page: Page; tabId: number };
  let other: { page: Page; tabId: number };
  let library: Page;
  let popup: Page;

  beforeAll(async () => {
    launched = await launchExtension();
    await servePages(launched.context, { [GOV]: 'govcn-report-2022.html', [EPAPER]: 'epaper-nmg-2024-p08.html' });
    gov = await openTab(launched, GOV);
    await waitForPasses(gov.page);
    other = await openTab(launched, EPAPER);
    await waitForPasses(other.page);
    library = await launched.context.newPage();
    await library.goto(`chrome-extension://${launched.extensionId}/library.html`);
    await library.waitForSelector('main[data-state="indexed"]');
    popup = await openPopup(launched, gov.tabId);
    await popup.locator('[data-testid="govmark-popup-notes"][data-state="ready"]').waitFor();
  });
  afterAll(async () => {
    await launched?.close();
  });

  test('a note written on the page appears in the open library and popup within 5 s, without reload', async () => {
    expect(await library.getByTestId('govmark-annotation').count()).toBe(0);
    await selectWithMouse(gov.page, PASSAGE);
    await writeNote(gov.page, { note: '在别处也看得到', tags: '同步' });
    await waitForNoteHighlight(gov.page);
    // The acceptance's bound, not a speed measure: the library must follow by itself.
    await library.getByTestId('govmark-annotation').first().waitFor({ timeout: 5_000 });
    expect(await library.getByTestId('govmark-annotation-note').allTextContents()).toEqual(['在别处也看得到']);
    await popup.getByTestId('govmark-popup-note').first().waitFor({ timeout: 5_000 });
    // Another page's tab shows nothing of it (it is told only of its own page's notes).
    expect(await noteHighlights(other.page)).toEqual([]);
  });

  test('a note open in its card on the page shows an edit made in the library, without reload', async () => {
    expect(await readNoteFromMarker(gov.page)).toBe('在别处也看得到');
    const row = library.getByTestId('govmark-annotation').first();
    await row.getByTestId('govmark-edit').click();
    await row.getByTestId('govmark-edit-note').fill('在资料库改过');
    await row.getByTestId('govmark-edit-save').click();
    await expect.poll(() => shownNote(gov.page, 0), { timeout: 5_000, interval: 250 }).toBe('在资料库改过');
  });

  test('a note deleted in the library leaves the open page within the undo window', async () => {
    expect(await noteHighlights(gov.page)).not.toEqual([]);
    await library.getByTestId('govmark-annotation').first().getByTestId('govmark-delete').click();
    // Final at the latest when the 10 s undo offer ends.
    await expect.poll(() => noteHighlights(gov.page), { timeout: 11_000, interval: 250 }).toEqual([]);
    // Its card, open since the test before, closes with it.
    await expect.poll(() => shownNote(gov.page, 0), { timeout: 5_000, interval: 250 }).toBeUndefined();
    await expect.poll(() => popup.getByTestId('govmark-popup-note').count(), { timeout: 5_000 }).toBe(0);
  });

  test('undo in the library puts the note back on the page', async () => {
    await library.getByTestId('govmark-undo').click();
    await waitForNoteHighlight(gov.page);
    expect((await noteHighlights(gov.page)).join('')).toContain('114万亿元');
  });

  test('a note deleted in the popup leaves the page and the library', async () => {
    await popup.getByTestId('govmark-popup-note').first().waitFor({ timeout: 5_000 });
    await popup.getByTestId('govmark-popup-note-delete').first().click();
    await expect.poll(() => noteHighlights(gov.page), { timeout: 5_000, interval: 250 }).toEqual([]);
    await expect.poll(() => library.getByTestId('govmark-annotation').count(), { timeout: 5_000 }).toBe(0);
  });
});
