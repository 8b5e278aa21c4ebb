import type { Page } from 'playwright-core';

export const SCHEMES = ['light', 'dark'] as const;
export const WIDTHS = [1280, 800] as const;

/**
 * Photographs a page in light and dark, 1280 and 800 px wide: `<base>-<scheme>-<width>.png`. `prepare` runs
 * after each change of size (a hover card or a scroll position does not survive a resize). Used by the
 * reading tests and `npm run screenshots`.
 */
export async function shootEach(page: Page, base: string, prepare?: () => Promise<void>): Promise<string[]> {
  const saved: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await prepare?.();
      const path = `${base}-${scheme}-${width}.png`;
      await page.screenshot({ path, fullPage: false });
      saved.push(path);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  return saved;
}
