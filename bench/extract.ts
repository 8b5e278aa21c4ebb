import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/harness';
import { longReportPage, serve, URL } from './browser-report-page';
import { startTrace, stopTrace } from './browser-trace';
import { type Bench, formatMs, formatRatio, interleaveAsync, median, verdict } from './measure';

const ROOT = join(import.meta.dirname, '..');
/** The extraction before issue 11 made it cheap to run cold: bundled from git, so no second copy lives in the tree. */
const BASELINE = process.env.GOVMARK_EXTRACT_BASELINE ?? '5ea810f6a4fd6a08985d757b87b20c47186736fb';
const BASELINE_FILES = ['main-text', 'article-root', 'text-walk', 'text-collector', 'page-hints', 'cjk'];
const ROUNDS = { warmup: 1, rounds: Number(process.env.GOVMARK_BENCH_ROUNDS ?? 15) };
/** Issue 11, item 4: the first run in a fresh page at most half of what it was. */
const MAX_VS_BASELINE = 0.5;
const GLOBAL = '__govmarkExtract';

/** `extractMainText` of the utils/ under `dir` as one minified IIFE that sets GLOBAL, as the content script carries it. */
async function bundle(dir: string): Promise<string> {
  const out = await build({
    stdin: { contents: `export { extractMainText } from './utils/main-text';`, resolveDir: dir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2022',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

function baselineDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govmark-extract-'));
  mkdirSync(join(dir, 'utils'));
  for (const name of BASELINE_FILES) {
    const file = `utils/${name}.ts`;
    writeFileSync(join(dir, file), execFileSync('git', ['show', `${BASELINE}:${file}`], { cwd: ROOT }));
  }
  return dir;
}

/** One first call: its wall time, its main-thread CPU time, and a digest of what it returned, to check both agree. */
interface Run {
  ms: number;
  cpu: number;
  digest: string;
}

// Runs in the page: the first call of the bundle's extractMainText, timed, and its output summed up. The marks
// carry the thread's CPU clock into the trace: on a busy machine the wall time counts other processes' turns.
const CALL = `(() => {
  performance.mark('${GLOBAL}:start');
  const start = performance.now();
  const main = ${GLOBAL}.extractMainText(document);
  const ms = performance.now() - start;
  performance.mark('${GLOBAL}:end');
  let h = 0;
  for (let i = 0; i < main.text.length; i++) h = (h * 31 + main.text.charCodeAt(i)) | 0;
  let s = 0;
  for (const seg of main.segments) s = (s * 31 + seg.start * 7 + seg.end + seg.node.data.length) | 0;
  const root = main.root.tagName + '#' + main.root.id + '.' + main.root.className;
  return { ms, digest: root + ' ' + main.text.length + ' ' + h + ' ' + main.segments.length + ' ' + s };
})()`;

/**
 * One fresh page (a new context: no code cache, nothing warm), the bundle evaluated in an isolated world as a
 * content script is, then its first extraction timed there; `mainWorld` runs both in the page's own world.
 */
async function firstRun(browser: Browser, html: string, script: string, mainWorld: boolean): Promise<Run> {
  const tracing = await browser.newBrowserCDPSession();
  const context = await browser.newContext();
  try {
    await serve(context, html);
    const page = await context.newPage();
    await page.goto(URL, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    let contextId: number | undefined;
    if (!mainWorld) {
      const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench' });
      contextId = world.executionContextId;
    }
    const evaluate = async (expression: string) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    };
    await evaluate(script);
    await startTrace(tracing);
    const run = (await evaluate(CALL)) as Omit<Run, 'cpu'>;
    const events = await stopTrace(tracing);
    const clock = (name: string) => (events.find((e) => e.name === `${GLOBAL}:${name}`) as { tts?: number })?.tts;
    const [from, to] = [clock('start'), clock('end')];
    if (from === undefined || to === undefined) throw new Error('the trace has no thread clock on the marks');
    return { ...run, cpu: (to - from) / 1000 };
  } finally {
    await tracing.detach();
    await context.close();
  }
}

const bench: Bench = {
  name: 'extract',
  async run() {
    const dir = baselineDir();
    const [before, after] = await Promise.all([bundle(dir), bundle(ROOT)]).finally(() =>
      rmSync(dir, { recursive: true }),
    );
    const page = longReportPage();
    console.log(
      `extract: the first extractMainText in a fresh page of ${page.chars.toLocaleString('en')} article characters, ` +
        `headless Chromium, ${ROUNDS.rounds} alternating rounds after ${ROUNDS.warmup} warm-up; before = ` +
        `${BASELINE.slice(0, 7)} (${(before.length / 1000).toFixed(1)} kB), after = this tree ` +
        `(${(after.length / 1000).toFixed(1)} kB)`,
    );
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs() });
    try {
      for (const [world, mainWorld] of [
        ['content-script world', false],
        ['page main world', true],
      ] as const) {
        const digests = new Set<string>();
        const cpu: [number[], number[]] = [[], []];
        const timings = await interleaveAsync(
          ([before, after] as const).map((script, side) => async () => {
            const run = await firstRun(browser, page.html, script, mainWorld);
            digests.add(run.digest);
            cpu[side as 0 | 1].push(run.cpu);
            return run.ms;
          }),
          ROUNDS,
        );
        // interleaveAsync drops the warm-up rounds from its samples; the CPU times are dropped the same way.
        const [oldCpu, newCpu] = cpu.map((s) => s.slice(ROUNDS.warmup)) as [number[], number[]];
        const [oldWall, newWall] = timings.map((t) => t.samples) as [number[], number[]];
        console.log(`  ${world}:`);
        let cpuRatio = Number.NaN;
        for (const [what, old, now] of [
          ['main-thread CPU', oldCpu, newCpu],
          ['wall', oldWall, newWall],
        ] as const) {
          const ratio = median(now.map((ms, i) => ms / (old[i] as number)));
          if (what === 'main-thread CPU') cpuRatio = ratio;
          console.log(
            `    ${what.padEnd(16)} before ${formatMs(median(old))} (min ${formatMs(Math.min(...old))}), ` +
              `after ${formatMs(median(now))} (min ${formatMs(Math.min(...now))}); ` +
              `paired ratio median ${formatRatio(ratio, 1)}, of medians ${formatRatio(median(now), median(old))}`,
          );
        }
        console.log(`    ${verdict(cpuRatio <= MAX_VS_BASELINE, `CPU ≤ ${MAX_VS_BASELINE}× before`)}`);
        console.log(
          `    ${digests.size === 1 ? 'same output' : `OUTPUTS DIFFER: ${[...digests].join(' | ')}`} (root, text, segments)`,
        );
      }
    } finally {
      await browser.close();
    }
  },
};

export default bench;
