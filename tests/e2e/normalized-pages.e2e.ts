import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { engineView } from './engine-expectations';
import {
  compareWithBefore,
  type Launched,
  launchExtension,
  openPage,
  readMarks,
  servePages,
  waitForPasses,
} from './harness';

// The Beijing report page as sites also serve it: with &nbsp; between every number and what follows it, and in
// Taiwan traditional characters (a big5-era mirror). Each must be read as the plain page is, on its own text nodes.
const PLAIN = 'https://news.bjd.com.cn/2026/01/25/11045678.shtml';
const NBSP = 'https://news.bjd.com.cn/2026/01/25/11045679.shtml';
const TRADITIONAL = 'https://www.chinanews.com/gn/2026/01-25/11045680.shtml';
const PAGES = {
  [PLAIN]: 'portal-bj-2026.html',
  [NBSP]: 'portal-bj-2026-nbsp.html',
  [TRADITIONAL]: 'portal-bj-2026-hant.html',
} as const;

let launched: Launched;
const opened: Page[] = [];

beforeAll(async () => {
  launched = await launchExtension();
  await servePages(launched.context, PAGES);
});

afterAll(async () => {
  for (const page of opened) await page.close();
  await launched?.close();
});

async function marksOf(url: string) {
  const page = await openPage(launched.context, url);
  opened.push(page);
  await waitForPasses(page, 1);
  return { page, marks: await readMarks(page) };
}

describe.each([
  ['&nbsp; between number and unit', NBSP, (text: string) => text.replaceAll('\u00a0', '')],
  ['traditional characters', TRADITIONAL, null],
])('a report page with %s', (_what, url, backToPlain) => {
  test('is highlighted as the engine reads its text, as many findings as the plain page, on its own text', async () => {
    const plain = await marksOf(PLAIN);
    const { page, marks } = await marksOf(url);
    const engine = await engineView(PAGES[url as keyof typeof PAGES]);
    expect(engine.analysis?.isReport).toBe(true);
    expect(marks.map(({ type, kind, text }) => ({ type, kind, text }))).toEqual(engine.expected);
    // The same findings, of the same kinds, as on the plain page...
    expect(marks.map(({ type, kind }) => ({ type, kind }))).toEqual(
      plain.marks.map(({ type, kind }) => ({ type, kind })),
    );
    expect(marks.filter((m) => m.type === 'target').length).toBeGreaterThan(20);
    // ...each marking the page's own characters: NBSPs and traditional characters inside the marks.
    if (backToPlain) {
      expect(marks.map((m) => backToPlain(m.text))).toEqual(plain.marks.map((m) => m.text));
      expect(marks.some((m) => m.text.includes('\u00a0'))).toBe(true);
    } else {
      expect(marks.some((m) => /[萬億個戶]/u.test(m.text))).toBe(true);
    }
    // Highlighting only wrapped the page's text nodes: nothing else changed.
    const after = await compareWithBefore(page);
    expect(after.textNodesAttached).toBe(true);
  });
});
