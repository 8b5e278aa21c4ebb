import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchExtension, openPopup, openTab, servePages, waitForPasses } from '../tests/e2e/harness';
import { selectWithMouse, waitForNoteHighlight, writeNote } from '../tests/e2e/note-actions';
import { shootEach } from '../tests/e2e/shoot';

const REPORT = 'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm';
const PASSAGE = '国内生产总值达到114万亿元，增长8.1%';

/**
 * Every surface as a reader sees it, to look at after a UI change: a report page with its legend, a note
 * and a target's card; the popup; the library at its targets table; the settings. Chinese and English,
 * light and dark, 1280 and 800 px wide, into `dir` (`<surface>-<language>-<scheme>-<width>.png`).
 */
export async function shootSurfaces(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const saved: string[] = [];
  for (const language of ['zh_CN', 'en'] as const) {
    const launched = await launchExtension({ language });
    try {
      await servePages(launched.context, { [REPORT]: 'govcn-report-2022.html' });
      const { page, tabId } = await openTab(launched, REPORT);
      await waitForPasses(page);
      await selectWithMouse(page, PASSAGE);
      await writeNote(page, { note: language === 'en' ? 'Check the growth figure' : '增速需核实', tags: 'GDP' });
      await waitForNoteHighlight(page);
      const target = page.locator('mark[data-govmark="target"]').nth(3);
      saved.push(
        ...(await shootEach(page, join(dir, `page-${language}`), async () => {
          await page.evaluate(() => document.getSelection()?.removeAllRanges());
          await target.scrollIntoViewIfNeeded();
          await target.hover();
          await page.locator('govmark-card').getByTestId('govmark-card').waitFor({ state: 'visible' });
        })),
      );

      const popup = await openPopup(launched, tabId);
      await popup.locator('[data-testid="govmark-popup-notes"][data-state="ready"]').waitFor();
      saved.push(...(await shootEach(popup, join(dir, `popup-${language}`))));

      const library = await launched.context.newPage();
      await library.goto(`chrome-extension://${launched.extensionId}/library.html`);
      await library.waitForSelector('main[data-state="indexed"]');
      saved.push(
        ...(await shootEach(library, join(dir, `library-${language}`), async () => {
          await library.evaluate(() => {
            document.querySelector('[data-testid="govmark-targets"]')?.scrollIntoView({ block: 'start' });
            window.scrollBy(0, -200); // the notes above the table too
          });
        })),
      );

      const options = await launched.context.newPage();
      await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
      saved.push(...(await shootEach(options, join(dir, `options-${language}`))));
    } finally {
      await launched.close();
    }
  }
  return saved;
}
