/**
 * `npm run screenshots`: regenerates the README's pictures from the extension as built now, so a change
 * to the UI shows in them by running this once. It builds into .output/screenshots, serves the bundled
 * report pages at their sites' addresses in headless Chromium, writes a note through the page UI and
 * saves:
 *   docs/screenshot-report.png    a report page with its highlights and a target's hover card
 *   docs/screenshot-note.png      the note card (GovMark's own frame on the page) for newly selected words
 *   docs/screenshot-library.png   the library's targets table, the reader's note beside its target
 * and, to look at after a UI change, every surface (page with legend, note and card; popup; library;
 * settings) in Chinese and English, light and dark, 1280 and 800 px wide, in .output/screenshots/surfaces/
 * (scripts/surface-shots.ts).
 *
 *   npm run screenshots -- --no-build   reuse .output/screenshots
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DriverPage } from '../tests/e2e/driver';
import { launchChromium } from '../tests/e2e/driver-chromium';
import { selectWithMouse, waitForNoteHighlight, writeNote } from '../tests/e2e/note-actions';
import { buildExtension } from './build-extension';
import { shootSurfaces } from './surface-shots';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.output/screenshots');
const DOCS = join(ROOT, 'docs');
const REPORT = 'https://epaper.nmgrb.com.cn/nmgrb/20240202/08/content_2.html';
const PASSAGE = '完成燃气、供热、供排水管网改造1500公里和老旧小区改造1185个';
const SECOND_PASSAGE = '新增婴幼儿托位1.5万个';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

function build(): void {
  console.log(`Building the extension into ${OUT_DIR} …`);
  buildExtension(OUT_DIR);
}

const passDone = (page: DriverPage) =>
  page.waitFor(() => performance.getEntriesByName('govmark:highlight', 'measure').length > 0);

/** Lets the page lay out and paint what it just changed before the picture is taken. */
const settle = () => new Promise((done) => setTimeout(done, 400));

async function main(): Promise<void> {
  if (!values['no-build']) build();
  process.env.GOVMARK_OUT_DIR = OUT_DIR;
  const driver = await launchChromium({ pages: { [REPORT]: 'epaper-nmg-2024-p08.html' } });
  try {
    const page = await driver.openPage(REPORT);
    await passDone(page);
    // A note first, so the library's targets table shows one beside its target.
    if ((await selectWithMouse(page, PASSAGE)) !== PASSAGE) throw new Error('could not select the passage');
    await writeNote(page, { note: '管网改造的里程要和去年对比', tags: '民生，待核实' });
    await waitForNoteHighlight(page);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    // The reader's view: the report's first targets mid-screen, the card of one under the mouse.
    await page.evaluate(() => {
      document.querySelector('mark[data-govmark="target"]')?.scrollIntoView({ block: 'center' });
    });
    await page.hover('mark[data-govmark="target"]');
    await page.waitFor(() =>
      document.querySelector('govmark-card')?.shadowRoot?.querySelector('[role="tooltip"]:not([hidden])'),
    );
    await settle();
    await page.screenshot(join(DOCS, 'screenshot-report.png'));
    console.log(`Saved ${join(DOCS, 'screenshot-report.png')}`);

    // The note card for another passage, being written (never saved): text, tags, colour, its quote.
    if ((await selectWithMouse(page, SECOND_PASSAGE)) !== SECOND_PASSAGE) throw new Error('could not select');
    await writeNote(page, { note: '托位缺口按各盟市分解，下半年回头核对', tags: '民生，托育' }, false);
    await settle();
    await page.screenshot(join(DOCS, 'screenshot-note.png'));
    console.log(`Saved ${join(DOCS, 'screenshot-note.png')}`);
    await page.pressTestId('govmark-note-text', 'Escape');

    const library = await driver.openExtensionPage('library.html');
    await library.waitFor(() => document.querySelector('[data-testid="govmark-target-row"]'));
    await library.evaluate(() => {
      document.querySelector('[data-testid="govmark-targets"]')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -48); // the report's heading above the table too
    });
    await settle();
    await library.screenshot(join(DOCS, 'screenshot-library.png'));
    console.log(`Saved ${join(DOCS, 'screenshot-library.png')}`);
  } finally {
    await driver.close();
  }
  const surfaces = await shootSurfaces(join(OUT_DIR, 'surfaces'));
  console.log(`Saved ${surfaces.length} pictures of every surface in ${join(OUT_DIR, 'surfaces')}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
