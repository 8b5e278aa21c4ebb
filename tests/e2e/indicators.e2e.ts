import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { E2E_FIXTURES_DIR, type Launched, launchExtension, openPage, servePages, waitForPasses } from './harness';

/**
 * Issue 14 end to end: the reader opens last year's and this year's national report on gov.cn; the hover
 * card on this year's growth goal then names the indicator, its figures in this report and last year's goal
 * (from the library's stored pages), and the library lines the two reports up indicator by indicator.
 */
const URL_2021 = 'https://www.gov.cn/premier/2021-03/12/content_5592671.htm';
const URL_2022 = 'https://www.gov.cn/premier/2022-03/12/content_5678750.htm';
const SHOTS = process.env.GOVMARK_SCREENSHOTS ?? tmpdir();

let launched: Launched;

beforeAll(async () => {
  launched = await launchExtension();
  await servePages(launched.context, {
    [URL_2021]: join(E2E_FIXTURES_DIR, 'govcn-report-2021-excerpt.html'),
    [URL_2022]: join(E2E_FIXTURES_DIR, 'govcn-report-2022-excerpt.html'),
  });
});

afterAll(async () => {
  await launched?.close();
});

/** The report keys of the pages the background has recorded, read from its database. */
async function recordedKeys(): Promise<string[]> {
  const worker = await launched.worker();
  return worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('govmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('pages').objectStore('pages').getAll();
          all.onsuccess = () => resolve((all.result as { reportKey: string }[]).map((p) => p.reportKey).sort());
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Hovers a target until its card says what is asked (last year's goal arrives once the page is recorded). */
async function cardFor(page: Page, target: string, until: string): Promise<string> {
  const mark = page.locator('mark[data-govmark="target"]', { hasText: target }).first();
  const card = page.getByTestId('govmark-card');
  let text = '';
  for (let tries = 0; tries < 40 && !text.includes(until); tries++) {
    await page.mouse.move(0, 0);
    await mark.hover();
    text = (await card.textContent()) ?? '';
    if (!text.includes(until)) await page.waitForTimeout(250);
  }
  return text;
}

test('after last year’s and this year’s report pages, the card and the library show the comparison', async () => {
  const last = await openPage(launched.context, URL_2021);
  await waitForPasses(last);
  await expect.poll(recordedKeys, { timeout: 10_000 }).toEqual(['report:2021:全国']);
  // A headline figure measured once is named too, though the library holds no report of the year before.
  const grain = await cardFor(last, '1.3万亿斤以上', '粮食产量');
  expect(grain).toContain('粮食产量');
  expect(grain).not.toContain('去年目标');

  const now = await openPage(launched.context, URL_2022);
  await waitForPasses(now);
  const card = await cardFor(now, '5.5%左右', '去年目标');
  expect(card).toContain('国内生产总值增速');
  expect(card).toContain('去年实际 8.1% · 今年目标 5.5%左右');
  expect(card).toContain('去年目标 6%以上');
  await now.screenshot({ path: join(SHOTS, 'govmark-indicator-card.png') });

  // A target measured once in the report says nothing more than before.
  const jobs = await cardFor(now, '1100万人以上', '去年目标');
  expect(jobs).toContain('去年实际 1269万人 · 今年目标 1100万人以上');
  expect(jobs).toContain('去年目标 1100万人以上');

  const library = await launched.context.newPage();
  await library.goto(`chrome-extension://${launched.extensionId}/library.html`);
  await library.waitForSelector('main[data-state="indexed"]');
  const table = library.locator('[data-testid="govmark-indicators"][data-report="report:2022:全国"]');
  const rows = await table.getByTestId('govmark-indicator-row').allTextContents();
  expect(rows.slice(0, 5)).toEqual([
    '国内生产总值增速6%以上8.1%5.5%左右',
    '城镇新增就业1100万人以上1269万人1100万人以上',
    '城镇调查失业率5.5%左右5.1%5.5%以内',
    '居民消费价格涨幅3%左右0.9%3%左右',
    '粮食产量1.3万亿斤以上1.37万亿斤1.3万亿斤以上',
  ]);
  const compare = library.getByTestId('govmark-compare');
  await expect.poll(() => compare.getByTestId('govmark-compare-row').count()).toBeGreaterThan(4);
  expect(await compare.getByTestId('govmark-compare-row').first().textContent()).toBe(
    '国内生产总值增速6%以上8.1%5.5%左右-0.5个百分点',
  );
  await table.scrollIntoViewIfNeeded();
  await library.screenshot({ path: join(SHOTS, 'govmark-indicators-library.png'), fullPage: true });
});
