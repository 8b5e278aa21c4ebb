import { join } from 'node:path';
import { buildExtension } from '../scripts/build-extension';
import { longReportPage } from './browser-report-page';
import type { MainThreadCost } from './browser-trace';
import { firstPassRound, formatCost, type GovmarkRound, launchWithExtension } from './first-pass';
import { type Bench, formatMs, formatRatio, interleaveAsync, median } from './measure';
import { naiveRound, writeNaiveExtension } from './naive-extension';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, '.output/bench-naive');
const ROUNDS = { warmup: 1, rounds: Number(process.env.GOVMARK_BENCH_ROUNDS ?? 15) };

/**
 * `npm run bench -- browser-naive`: GovMark's first pass against a naive mark.js *extension* (naive-extension.ts),
 * each in its own browser, in alternating rounds, traced as browser-highlight traces. The two windows open
 * alike, at each content script's evaluation at document_idle, so both hold what Chrome and the page do after
 * load; browser-highlight's mark.js runs from the bench later, in the page's own world.
 */
const bench: Bench = {
  name: 'browser-naive',
  async run() {
    buildExtension(join(OUT_DIR, 'govmark'));
    writeNaiveExtension(join(OUT_DIR, 'naive'));
    const page = longReportPage();
    console.log(
      `browser-naive: GovMark's first pass against a naive mark.js extension (markRegExp, target + agency, at ` +
        `document_idle), on the ${page.chars.toLocaleString('en')}-character report page, headless Chromium, ` +
        `${ROUNDS.rounds} alternating rounds after ${ROUNDS.warmup} warm-up`,
    );
    const govmark = await launchWithExtension(join(OUT_DIR, 'govmark/chrome-mv3'), page.html);
    const naive = await launchWithExtension(join(OUT_DIR, 'naive'), page.html).catch(async (error) => {
      await govmark.close();
      throw error;
    });
    try {
      const g: GovmarkRound[] = [];
      const n: MainThreadCost[] = [];
      const report = () => {
        if (g.length !== n.length || g.length === 0) return;
        const round = g.length - ROUNDS.warmup;
        const [a, b] = [g.at(-1), n.at(-1)] as [GovmarkRound, MainThreadCost];
        console.log(
          `    ${round > 0 ? `round ${String(round).padStart(2)}` : 'warm-up '}: GovMark ${formatCost(a.traced)}` +
            ` | naive extension ${formatCost(b)} | ${formatRatio(a.traced.total, b.total)}`,
        );
      };
      const govmarkSide = async () => {
        g.push(await firstPassRound(govmark.context, govmark.cdp));
        report();
        return g.at(-1)?.traced.total;
      };
      const naiveSide = async () => {
        n.push(await naiveRound(naive.context, naive.cdp));
        report();
        return n.at(-1)?.total;
      };
      await interleaveAsync([govmarkSide, naiveSide], { ...ROUNDS, alternate: true });
      const gs = g.slice(ROUNDS.warmup);
      const ns = n.slice(ROUNDS.warmup);
      const ratios = gs.map((r, i) => r.traced.total / (ns[i] as MainThreadCost).total);
      console.log(
        `  traced main thread, median: GovMark ${formatMs(median(gs.map((r) => r.traced.total)))},` +
          ` naive extension ${formatMs(median(ns.map((r) => r.total)))}; GovMark / naive per round:` +
          ` median ${median(ratios).toFixed(2)}× (min ${Math.min(...ratios).toFixed(2)}×)`,
      );
      console.log(
        `  longest task, median: GovMark ${formatMs(median(gs.map((r) => r.traced.longest)))},` +
          ` naive extension ${formatMs(median(ns.map((r) => r.longest)))}`,
      );
    } finally {
      await Promise.all([govmark.close(), naive.close()]);
    }
  },
};

export default bench;
