import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { engineView } from './engine-expectations';
import {
  clickToolbarButton,
  compareWithBefore,
  extensionDir,
  type Launched,
  launchExtension,
  openPopup,
  openTab,
  readMarks,
  servePages,
  waitForPasses,
} from './harness';

const EPAPER = 'https://epaper.nmgrb.com.cn/nmgrb/20240202/08/content_2.html';
/** A report on a site GovMark does not run on by default: only activeTab or an added site can reach it. */
const ELSEWHERE = 'https://example.org/report.html';
/** A page GovMark runs on and judges no report: statistics news. */
const NOT_A_REPORT = 'https://www.gov.cn/xinwen/stats-q3.html';

/** The extension APIs as the service worker sees them (worker.evaluate). */
declare const chrome: typeof Browser;

let launched: Launched;

beforeAll(async () => {
  launched = await launchExtension();
  await servePages(launched.context, {
    [EPAPER]: 'epaper-nmg-2024-p08.html',
    [ELSEWHERE]: 'govcn-report-2022.html',
    [NOT_A_REPORT]: 'news-stats-q3.html',
  });
});

afterAll(async () => {
  await launched?.close();
});

/** The popup's verdict on a tab, read the way a person reads it: open it, wait until it has looked. */
async function popupState(tabId: number): Promise<string | null> {
  const popup = await openPopup(launched, tabId);
  try {
    const status = popup.getByTestId('govmark-popup-status');
    await expect.poll(() => status.getAttribute('data-state')).not.toBe('loading');
    return await status.getAttribute('data-state');
  } finally {
    await popup.close();
  }
}

/** The popup's 仍然分析此页, clicked as a person would; resolves once the popup says the page is a report. */
async function analyzeAnyway(tabId: number): Promise<void> {
  const popup = await openPopup(launched, tabId);
  try {
    await popup.getByTestId('govmark-analyze-anyway').click();
    await expect.poll(() => popup.getByTestId('govmark-popup-status').getAttribute('data-state')).toBe('report');
  } finally {
    await popup.close();
  }
}

test('least privilege: the built manifest asks for no tabs permission and no host access at install', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir(), 'manifest.json'), 'utf8'));
  expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'activeTab', 'scripting']));
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.permissions).not.toContain('<all_urls>');
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  expect(manifest.commands['analyze-page'].suggested_key.default).toBe('Alt+Shift+G');
  expect(manifest.content_scripts[0].matches).not.toContain('<all_urls>');
  expect(manifest.content_scripts[0].matches).not.toContain('*://*/*');
  const firefox = join(extensionDir(), '../firefox-mv2/manifest.json');
  if (existsSync(firefox)) {
    const mv2 = JSON.parse(readFileSync(firefox, 'utf8'));
    expect(mv2.optional_permissions).toEqual(['*://*/*']);
    expect(mv2.permissions).not.toContain('tabs');
  }
});

describe('"在此网站关闭"', () => {
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    ({ page, tabId } = await openTab(launched, EPAPER));
    await waitForPasses(page, 1);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('removes every highlight and gives the page back exactly', async () => {
    expect((await readMarks(page)).length).toBeGreaterThan(0);
    await page.getByTestId('govmark-legend-off').click();
    await expect.poll(async () => (await compareWithBefore(page)).marks).toBe(0);
    expect(await compareWithBefore(page)).toEqual({
      equal: true,
      firstDifference: null,
      textNodesAttached: true,
      marks: 0,
    });
  });

  test('is remembered across a reload: the page stays untouched, the popup says so', async () => {
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => popupState(tabId)).toBe('site-off');
    expect(await compareWithBefore(page)).toMatchObject({ equal: true, marks: 0 });
  });

  test('the options page lists the site and switches it back on; the open page is highlighted again', async () => {
    const options = await launched.context.newPage();
    try {
      await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
      const list = options.getByTestId('govmark-options-disabled');
      await expect.poll(() => list.textContent()).toContain('epaper.nmgrb.com.cn');
      await options.getByRole('button', { name: /epaper\.nmgrb\.com\.cn/ }).click();
      await expect.poll(() => list.count()).toBe(0);
    } finally {
      await options.close();
    }
    await expect.poll(async () => (await readMarks(page)).length).toBeGreaterThan(0);
  });
});

describe('activeTab: a report on a site GovMark does not run on', () => {
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    ({ page, tabId } = await openTab(launched, ELSEWHERE));
  });
  afterAll(async () => {
    await page?.close();
  });

  test('is untouched until the reader asks; the popup offers "仍然分析此页"', async () => {
    expect(await popupState(tabId)).toBe('not-analysed');
    expect(await compareWithBefore(page)).toMatchObject({ equal: true, marks: 0 });
  });

  test('without the toolbar click there is no access: the popup says what to do, the page stays as it was', async () => {
    const popup = await openPopup(launched, tabId);
    try {
      await popup.getByTestId('govmark-analyze-anyway').click();
      await expect.poll(() => popup.getByTestId('govmark-popup-message').textContent()).toContain('Alt+Shift+G');
    } finally {
      await popup.close();
    }
    expect(await compareWithBefore(page)).toMatchObject({ equal: true, marks: 0 });
  });

  test('after the toolbar click (activeTab), "仍然分析此页" highlights what the engine finds', async () => {
    await clickToolbarButton(launched, page);
    await analyzeAnyway(tabId);
    await waitForPasses(page, 1);
    const marks = (await readMarks(page)).map(({ type, kind, text }) => ({ type, kind, text }));
    expect(marks).toEqual((await engineView('govcn-report-2022.html')).expected);
    expect(marks.length).toBeGreaterThan(0);
  });
});

describe('a page judged no report', () => {
  test('is left as it was; "仍然分析此页" reads it as a report at the reader’s word', async () => {
    const { page, tabId } = await openTab(launched, NOT_A_REPORT);
    try {
      await waitForPasses(page, 1);
      expect(await popupState(tabId)).toBe('not-report');
      expect(await compareWithBefore(page)).toMatchObject({ equal: true, marks: 0 });
      await analyzeAnyway(tabId);
      expect((await readMarks(page)).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('the popup', () => {
  test('on a page no extension may run on, it explains instead of offering to analyse', async () => {
    const { page, tabId } = await openTab(launched, 'chrome://version/');
    try {
      const popup = await openPopup(launched, tabId);
      try {
        const status = popup.getByTestId('govmark-popup-status');
        // Without `tabs` the popup may not see the URL; then the browser's refusal tells it.
        if ((await popupState(tabId)) !== 'restricted') await popup.getByTestId('govmark-analyze-anyway').click();
        await expect.poll(() => status.getAttribute('data-state')).toBe('restricted');
        expect(await status.textContent()).toContain('浏览器不允许任何扩展在此页运行');
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test('speaks Chinese here and links to the settings', async () => {
    const { page, tabId } = await openTab(launched, ELSEWHERE);
    try {
      const popup = await openPopup(launched, tabId);
      try {
        await expect
          .poll(() => popup.getByTestId('govmark-popup-status').textContent())
          .toContain('GovMark 尚未分析此页'); // not "not a report": it has not looked (issue 13)
        expect(await popup.getByTestId('govmark-analyze-anyway').textContent()).toBe('仍然分析此页');
        expect(await popup.getByTestId('govmark-popup-options').textContent()).toBe('设置');
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });
});

describe('the options page', () => {
  test('adding a site goes to the browser permission prompt (which headless cannot answer)', async () => {
    const options = await launched.context.newPage();
    try {
      await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
      await options.getByLabel(/网站地址/).fill('news.example.com');
      await options.getByLabel(/网站地址/).press('Enter');
      await expect
        .poll(() => options.getByTestId('govmark-options-message').textContent())
        .toMatch(/请在浏览器的提示中确认|浏览器没有授予权限/);
      const registered = await (await launched.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
      expect(registered).toEqual([]);
    } finally {
      await options.close();
    }
  });
});

describe('in an English browser', () => {
  let english: Launched;
  beforeAll(async () => {
    english = await launchExtension({ language: 'en' });
    await servePages(english.context, { [ELSEWHERE]: 'govcn-report-2022.html' });
  });
  afterAll(async () => {
    await english?.close();
  });

  test('the popup speaks English', async () => {
    const { page, tabId } = await openTab(english, ELSEWHERE);
    const popup = await openPopup(english, tabId);
    try {
      await expect
        .poll(() => popup.getByTestId('govmark-popup-status').textContent())
        .toContain('GovMark has not read this page yet');
      expect(await popup.getByTestId('govmark-analyze-anyway').textContent()).toBe('Analyse this page anyway');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
