import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../scripts/build-extension';
import { longReportPage } from './browser-report-page';
import { firstPassRound, formatCost, type GovmarkRound, launchWithExtension } from './first-pass';
import { type Bench, formatMs, formatRatio, interleaveAsync, median } from './measure';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, '.output/bench-ab');
/** The commit this tree is compared with. */
const BASE = process.env.GOVMARK_BENCH_BASE ?? 'HEAD';
/** A commit to stand in for this tree (to compare two commits). */
const AGAINST = process.env.GOVMARK_BENCH_TREE;
const ROUNDS = { warmup: 1, rounds: Number(process.env.GOVMARK_BENCH_ROUNDS ?? 15) };

/** The extension as commit `base` built it: checked out beside the tree (sharing its node_modules), built, removed. */
function buildBase(base: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'govmark-ab-'));
  rmSync(dir, { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', dir, base], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    buildExtension(out, dir);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  }
}

/**
 * `npm run bench -- browser-ab`: this tree's first pass against commit GOVMARK_BENCH_BASE's (HEAD by default),
 * each in its own browser, in alternating rounds on the same page, traced the same way as browser-highlight.
 * Two builds of GovMark vary far less against each other than against mark.js, so a change of a few
 * milliseconds shows here; on an unchanged tree it measures the bench's own noise.
 */
const bench: Bench = {
  name: 'browser-ab',
  async run() {
    const baseOut = join(OUT_DIR, 'base');
    const treeOut = join(OUT_DIR, 'tree');
    buildBase(BASE, baseOut);
    if (AGAINST) buildBase(AGAINST, treeOut);
    else buildExtension(treeOut);
    const page = longReportPage();
    const sha = execFileSync('git', ['rev-parse', '--short', BASE], { cwd: ROOT, encoding: 'utf8' }).trim();
    console.log(
      `browser-ab: GovMark's first pass, this tree against ${BASE} (${sha}), on the ${page.chars.toLocaleString('en')}-` +
        `character report page, headless Chromium, ${ROUNDS.rounds} alternating rounds after ${ROUNDS.warmup} warm-up`,
    );
    const base = await launchWithExtension(join(baseOut, 'chrome-mv3'), page.html);
    const tree = await launchWithExtension(join(treeOut, 'chrome-mv3'), page.html).catch(async (error) => {
      await base.close();
      throw error;
    });
    try {
      const rounds: { base: GovmarkRound[]; tree: GovmarkRound[] } = { base: [], tree: [] };
      const side = (name: 'base' | 'tree', launched: typeof base) => async () => {
        const round = await firstPassRound(launched.context, launched.cdp, name);
        rounds[name].push(round);
        if (rounds.base.length === rounds.tree.length && rounds.base.length > 0) {
          const n = rounds.tree.length - ROUNDS.warmup;
          const [b, t] = [rounds.base.at(-1), rounds.tree.at(-1)] as [GovmarkRound, GovmarkRound];
          console.log(
            `    ${n > 0 ? `round ${String(n).padStart(2)}` : 'warm-up '}: ${BASE} ${formatCost(b.traced)} | this tree ${formatCost(t.traced)}` +
              ` | ${formatRatio(t.traced.total, b.traced.total)}`,
          );
        }
        return round.traced.total;
      };
      await interleaveAsync([side('base', base), side('tree', tree)], { ...ROUNDS, alternate: true });
      const [b, t] = [rounds.base.slice(ROUNDS.warmup), rounds.tree.slice(ROUNDS.warmup)];
      const of = (rs: GovmarkRound[], pick: (r: GovmarkRound) => number) => formatMs(median(rs.map(pick)));
      const total = (rs: GovmarkRound[]) => median(rs.map((r) => r.traced.total));
      // The ratio of the medians: on an unchanged tree the median of per-round ratios read 1.05-1.07 (three runs of
      // 12-30 rounds) while the medians agreed within 1%.
      console.log(
        `  traced main thread, median: ${BASE} ${formatMs(total(b))}, this tree ${formatMs(total(t))}` +
          ` (${formatRatio(total(t), total(b))})`,
      );
      console.log(
        `  longest task, median: ${BASE} ${of(b, (r) => r.traced.longest)}, this tree ${of(t, (r) => r.traced.longest)};` +
          ` highlights in view after: ${of(b, (r) => r.toVisible)}, ${of(t, (r) => r.toVisible)}`,
      );
      const marks = new Set([...b, ...t].map((r) => `${r.marks}/${r.findings}`));
      if (marks.size > 1) console.log(`  NOTE: the two marked differently (marks/findings): ${[...marks].join(', ')}`);
    } finally {
      await Promise.all([base.close(), tree.close()]);
    }
  },
};

export default bench;
