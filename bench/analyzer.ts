import { analyze } from '../analysis/index';
import { type Bench, formatMs, formatRatio, measure, verdict } from './measure';
import { longReport, reportTexts } from './report-text';

// The floor: one plain pass of the kind of regex a quick highlighter would use.
const SCAN = /\d+(?:\.\d+)?%|[\d.]+万?[个人元亿]/g;
const MAX_SCAN_RATIO = 20;
const MAX_GROWTH = 1.5;

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

    const scanTime = measure(() => scan(base), { warmup: 5, rounds: 31 }).median;
    const once = measure(() => analyze(base), { warmup: 2, rounds: 11 }).median;
    const ratio = once / scanTime;
    console.log(`  regex scan  ${formatMs(scanTime)}`);
    console.log(
      `  analyze()   ${formatMs(once)} = ${formatRatio(once, scanTime)} the scan: ${verdict(ratio <= MAX_SCAN_RATIO, `≤ ${MAX_SCAN_RATIO}×`)}`,
    );

    const growth = [1, 2, 5, 10].map((times) => {
      const text = Array.from({ length: times }, () => base).join('\n');
      return { times, chars: text.length, ms: measure(() => analyze(text), { warmup: 1, rounds: 5 }).median };
    });
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
