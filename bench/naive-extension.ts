import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { AGENCY_RE, TARGET_RE, URL } from './browser-report-page';
import { type MainThreadCost, mainThreadCost, scriptEvaluation, userTiming } from './browser-trace';
import { AFTER_MS, found, printTasks, tracedLoad } from './first-pass';

const ROOT = join(import.meta.dirname, '..');
/** The naive extension's first script: its evaluation opens the traced window, as GovMark's content script's does. */
export const NAIVE_SCRIPT = 'mark.min.js';

// Its end is a measure named as GovMark's (the bench page's done signal waits for that name), recorded from
// the content script's world into the page's one timeline, as GovMark's are.
const RUN = `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(TARGET_RE)}, 'g'));
new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(AGENCY_RE)}, 'g'));
performance.mark('bench:end');
performance.measure('govmark:highlight');
`;

/**
 * A naive highlighting extension, written into `dir`: mark.js's `markRegExp` with one target and one agency
 * regex over the body, as a content script at document_idle like GovMark's, in its own isolated world. Its
 * empty service worker is there so the launcher's wait for one holds for both.
 */
export function writeNaiveExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'naive mark.js (GovMark bench)',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: [URL], js: [NAIVE_SCRIPT, 'run.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  copyFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), join(dir, NAIVE_SCRIPT));
  writeFileSync(join(dir, 'run.js'), RUN);
  writeFileSync(join(dir, 'worker.js'), '');
}

/** One traced load of the bench page with the naive extension, in a fresh tab: its main-thread cost. */
export async function naiveRound(context: BrowserContext, cdp: CDPSession): Promise<MainThreadCost> {
  const tab = await context.newPage();
  try {
    const events = await tracedLoad(tab, cdp);
    const start = found(scriptEvaluation(events, NAIVE_SCRIPT), 'naive content script evaluation');
    const end = found(userTiming(events, 'bench:done'), 'bench:done mark');
    if (process.env.GOVMARK_BENCH_TASKS) printTasks('naive', events, start, end);
    return mainThreadCost(events, start, end, AFTER_MS);
  } finally {
    await tab.close();
  }
}
