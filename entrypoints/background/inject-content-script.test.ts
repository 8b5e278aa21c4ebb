import { expect, test, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { injectContentScript } from './inject-content-script';

test('the script goes in with the stylesheet its manifest entry declares', async () => {
  const insertCSS = vi.fn(async () => {});
  const executeScript = vi.fn(async () => []);
  const api = {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['*://*.gov.cn/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] },
        ],
      }),
    },
    scripting: { insertCSS, executeScript },
  } as unknown as typeof browser;
  await injectContentScript(7, api);
  expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.css'] });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
});
