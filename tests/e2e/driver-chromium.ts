import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Driver, DriverOptions, DriverPage } from './driver';
import { type Launched, launchExtension, openTab, servePages } from './harness';

/** The first frame (the page itself first) that holds an element with this test id, waiting for one. */
async function locate(page: Page, id: string, timeoutMs = 10_000): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const locator = frame.getByTestId(id);
      if ((await locator.count()) > 0) return locator.first();
    }
    // Nothing yet: let Playwright's own waiting in the page (getByTestId pierces open shadow roots) report it.
    if (Date.now() > deadline) return page.getByTestId(id).first();
    await page.waitForTimeout(100);
  }
}

/** A Playwright page as the scenarios see it; the Chromium-only tests use it for the shared note actions. */
export function chromiumPage(page: Page, tabId = -1): DriverPage {
  return {
    tabId,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 20_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    mouseMove: (x, y, steps) => page.mouse.move(x, y, { steps }),
    mouseDown: () => page.mouse.down(),
    mouseUp: () => page.mouse.up(),
    hover: (selector) => page.locator(selector).first().hover(),
    click: (selector) => page.locator(selector).first().click(),
    clickTestId: async (id) => (await locate(page, id)).click(),
    typeTestId: async (id, text) => {
      const field = await locate(page, id);
      await field.fill('');
      await field.pressSequentially(text);
    },
    pressTestId: async (id, key) => (await locate(page, id)).press(key),
    // A frame may be navigating while it is read (GovMark's note frame loads after the card opens): it is read
    // as empty this time, and the callers poll.
    textsOfTestId: async (id) => {
      const texts: string[] = [];
      for (const frame of page.frames())
        texts.push(
          ...(await frame
            .getByTestId(id)
            .allTextContents()
            .catch(() => [])),
        );
      return texts;
    },
    visibleTestId: async (id) => {
      for (const frame of page.frames())
        if (
          await frame
            .getByTestId(id)
            .first()
            .isVisible()
            .catch(() => false)
        )
          return true;
      return false;
    },
    setFileTestId: async (id, file) => (await locate(page, id)).setInputFiles(file),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

/** Debian's Chromium with the built chrome-mv3 package, driven by Playwright (harness.ts). */
export async function launchChromium({ pages, language }: DriverOptions): Promise<Driver> {
  const profileDir = await mkdtemp(join(tmpdir(), 'govmark-chromium-'));
  let launched: Launched;
  const start = async () => {
    launched = await launchExtension({ profileDir, language });
    await servePages(launched.context, pages);
  };
  await start();
  return {
    name: 'chromium',
    address: (url) => url,
    version: async () => launched.context.browser()?.version() ?? '',
    async openPage(url) {
      const { page, tabId } = await openTab(launched, url);
      return chromiumPage(page, tabId);
    },
    async openExtensionPage(path) {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
      return chromiumPage(page);
    },
    async restart() {
      await launched.close();
      await start();
    },
    async close() {
      await launched?.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
