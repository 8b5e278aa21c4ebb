import { analyze, analyzeInSteps } from '../analysis/index';
import { type Bench, formatMs, formatRatio, interleave, median, type Timing, verdict } from './measure';
import { longReport, reportTexts } from './report-text';

// The floor: one plain pass of the kind of regex a quick highlighter would use.
const SCAN = /\d+(?:\.\d+)?%|[\d.]+万?[个人元亿]/g;
const MAX_SCAN_RATIO = 20;
const MAX_GROWTH = 1.5;

/** The longest stage of analyzeInSteps: the longest task of a page's own analysis, paused between stages. */
function longestStage(text: string): number {
  const stages = analyzeInSteps(text);
  let longest = 0;
  for (;;) {
    const start = performance.now();
    const step = stages.next();
    longest = Math.max(longest, performance.now() - start);
    if (step.done) return longest;
  }
}

function scan(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(SCAN)) n++;
  return n;
}

const bench: Bench = {
  name: 'analyzer',
  run() {
    const { texts, source } = reportTexts();
    const base = longReport(texts, 100_000);
    console.log(
      `analyzer: the four dev reports repeated to ${base.length.toLocaleString('en')} characters (${source})`,
    );

    // The scan takes a tenth of a millisecond or two: timed ten at a time, so a single interruption of the
    // process does not count as a tenfold slower scan.
    const [scanTiming, analyzeTiming] = interleave(
      [{ run: () => scan(base), batch: 10 }, { run: () => analyze(base) }],
      {
        warmup: 10,
        rounds: 41,
      },
    );
    const scanTime = (scanTiming as Timing).median;
    const once = (analyzeTiming as Timing).median;
    const ratio = once / scanTime;
    console.log(`  regex scan  ${formatMs(scanTime)} (median of ${scanTiming?.samples.length} rounds)`);
    console.log(
      `  analyze()   ${formatMs(once)} = ${formatRatio(once, scanTime)} the scan: ${verdict(ratio <= MAX_SCAN_RATIO, `≤ ${MAX_SCAN_RATIO}×`)}`,
    );

    // Where the page analyses the text itself (the background could not), a stage per task.
    const stages: number[] = [];
    const wholes: number[] = [];
    for (let round = 0; round < 21; round++) {
      stages.push(longestStage(base));
      const start = performance.now();
      analyze(base);
      wholes.push(performance.now() - start);
    }
    const stage = median(stages);
    console.log(
      `  a stage per task (the page's own analysis): longest stage ${formatMs(stage)}, ` +
        `${formatRatio(stage, median(wholes))} the whole analysis in one task`,
    );

    const sizes = [1, 2, 5, 10];
    const repeated = sizes.map((times) => Array.from({ length: times }, () => base).join('\n'));
    const timings = interleave(
      repeated.map((text) => ({ run: () => analyze(text) })),
      { warmup: 3, rounds: 15 },
    );
    const growth = sizes.map((times, k) => ({
      times,
      chars: (repeated[k] as string).length,
      ms: (timings[k] as Timing).median,
    }));
    console.log(`  growth:     ${growth.map((g) => `${g.times}x ${formatMs(g.ms)}`).join(', ')}`);
    const first = growth[0];
    const last = growth.at(-1);
    if (first && last) {
      const perChar = last.ms / last.chars / (first.ms / first.chars);
      const ok = perChar <= MAX_GROWTH;
      console.log(
        `  time per character, 10x vs 1x: ${perChar.toFixed(2)}: ${verdict(ok, `≈ linear, ≤ ${MAX_GROWTH}`)}`,
      );
    }
  },
};

export default bench;
