/**
 * `npm run demo`: builds GovMark, serves the bundled e-paper report page at its newspaper's address and
 * opens Chromium with the extension on it. Without a display (or with --headless) it saves a screenshot
 * and exits non-zero when the page shows no highlights.
 *
 *   npm run demo                                   window if $DISPLAY is set, else headless + screenshot
 *   npm run demo -- --headless --screenshot FILE   headless, screenshot to FILE
 *   npm run demo -- --no-build                     reuse .output/demo
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/harness';
import { buildExtension } from './build-extension';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.output/demo');
const DEMO_URL = 'https://epaper.nmgrb.com.cn/nmgrb/20240202/08/content_2.html';
const DEMO_PAGE = join(ROOT, 'tests/fixtures/pages/epaper-nmg-2024-p08.html');

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const headless = values.headless || !process.env.DISPLAY;
const screenshot = resolve(values.screenshot ?? join(OUT_DIR, 'govmark-demo.png'));

function build(): void {
  console.log(`Building the extension into ${OUT_DIR} …`);
  buildExtension(OUT_DIR);
}

async function main(): Promise<number> {
  if (!values['no-build']) build();
  const extension = join(OUT_DIR, 'chrome-mv3');
  const profile = await mkdtemp(join(tmpdir(), 'govmark-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...chromiumArgs(extension), '--lang=zh-CN'],
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  try {
    // tsx names functions through a helper that pages lack.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    const body = await readFile(DEMO_PAGE);
    // The newspaper's address, so the extension's own match patterns decide; the bytes come from the repo.
    await context.route(DEMO_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
    await context.route(/^https:\/\/epaper\.nmgrb\.com\.cn\//, (route) =>
      route.request().url() === DEMO_URL ? route.fallback() : route.abort(),
    );
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(DEMO_URL, { waitUntil: 'load' });
    const passed = await page
      .waitForFunction(() => performance.getEntriesByName('govmark:highlight', 'measure').length > 0, null, {
        timeout: 20_000,
      })
      .then(
        () => true,
        () => false,
      );
    const counts = await page.evaluate(() => {
      const count = (selector: string) => document.querySelectorAll(selector).length;
      return {
        findings: new Set(
          [...document.querySelectorAll('mark[data-govmark]')].map((m) => m.getAttribute('data-govmark-id')),
        ).size,
        goal: count('mark[data-govmark-kind="goal"]'),
        past: count('mark[data-govmark-kind="past"]'),
        other: count('mark[data-govmark-kind="other"]'),
        agency: count('mark[data-govmark="agency"]'),
      };
    });
    const marks = counts.goal + counts.past + counts.other + counts.agency;
    console.log(
      passed
        ? `GovMark marked ${counts.findings} findings on ${DEMO_URL}: ` +
            `${counts.goal} goal, ${counts.past} past, ${counts.other} other <mark>s, ${counts.agency} agency <mark>s.`
        : 'GovMark did not finish a pass on the demo page within 20 s.',
    );

    if (!headless) {
      console.log('Chromium is open with GovMark on the demo page. Close the window to end the demo.');
      await new Promise<void>((done) => context.once('close', () => done()));
      return 0;
    }
    // Show a highlight and its card, as a reader would see them after pressing Tab to the first target.
    await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('mark[data-govmark="target"]');
      first?.scrollIntoView({ block: 'center' });
      first?.focus();
    });
    await page.waitForTimeout(300); // let the card place itself and the page paint
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot saved to ${screenshot}`);
    if (marks === 0) {
      console.error('No highlights on the demo page: GovMark did not mark the report.');
      return 1;
    }
    return 0;
  } finally {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
