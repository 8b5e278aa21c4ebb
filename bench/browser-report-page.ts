import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { BrowserContext } from 'playwright-core';
import { extractMainText } from '../utils/main-text';

const PAGES = join(import.meta.dirname, '../tests/fixtures/pages');
const REPORT_PAGES = ['epaper-nmg-2024-p08', 'govcn-report-2022', 'portal-bj-2026', 'portal-js-2026-sidebar'];
/** The long report's address: a default site of the content script. */
/** The console line of DONE_SIGNAL. */
export const DONE = 'bench:govmark-done';
export const URL = 'https://www.gov.cn/zhengce/bench/long-report.htm';
const MIN_CHARS = 80_000;

// What a quick highlighter would write: numbers with a unit, and names ending in an agency suffix.
export const TARGET_RE = String.raw`\d+(?:\.\d+)?(?:万|亿)?(?:%|个百分点|个|所|家|项|元|人|公里|万?千瓦|吨|亩|套|件|条)`;
export const AGENCY_RE = String.raw`[\u4e00-\u9fa5]{2,10}?(?:委员会|人民政府|厅|局|部|委|办|院)`;

/** The report fixtures' article blocks, repeated until the article holds at least MIN_CHARS characters. */
export function longReportPage(): { html: string; chars: number; blocks: number } {
  const blocks: string[] = [];
  for (const name of REPORT_PAGES) {
    const { document } = parseHTML(readFileSync(join(PAGES, `${name}.html`), 'utf8'));
    const main = extractMainText(document as unknown as Document);
    if (!main) throw new Error(`no article in ${name}.html`);
    for (const child of main.root.children) if ((child.textContent ?? '').trim()) blocks.push(child.outerHTML);
  }
  const article: string[] = [];
  let chars = 0;
  for (let i = 0; chars < MIN_CHARS; i++) {
    const block = blocks[i % blocks.length] ?? '';
    article.push(block);
    chars += parseHTML(`<div>${block}</div>`).document.querySelector('div')?.textContent?.length ?? 0;
  }
  // The icon is inline: a page without one has its /favicon.ico fetched after load, a task of 1–29 ms (measured)
  // that fell inside GovMark's window (which opens at load) but before mark.js's (which opens later), in every round.
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告（全文）</title>
<link rel="icon" href="data:,"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zhengce/">政策</a></div>
<div class="article"><h1>政府工作报告</h1><div class="pages_content" id="UCAP-CONTENT">${article.join('\n')}</div></div>
<div class="footer">版权所有：中国政府网</div></body></html>`;
  return { html, chars, blocks: article.length };
}

/**
 * Tells the bench, without running anything of the bench's in the page meanwhile (a polling evaluate would
 * add tasks to the traced main thread), that GovMark's first pass has ended: a mark, and a console line.
 */
// __name: tsx names the functions the bench sends to evaluate(); the page must know the helper.
const DONE_SIGNAL = `globalThis.__name ??= (fn) => fn;
new PerformanceObserver((list, observer) => {
  if (!list.getEntries().some((entry) => entry.name === 'govmark:highlight')) return;
  observer.disconnect();
  performance.mark('bench:done');
  console.debug('${DONE}');
}).observe({ type: 'measure', buffered: true });`;

export async function serve(context: BrowserContext, html: string): Promise<void> {
  await context.route(/^https?:\/\//, (route) => route.abort());
  await context.route(URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await context.addInitScript({ content: DONE_SIGNAL });
}
