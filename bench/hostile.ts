import { type Analysis, analyze } from '../analysis/index';
import { HOSTILE_CASES } from './hostile-cases';
import { type Bench, formatMs, formatRatio, median, verdict } from './measure';
import { longReport, reportTexts } from './report-text';

// Long enough for an unpunctuated line of hundreds of thousands of characters, short enough that a case
// that is still square in its length shows as hundreds of times the report, not as a hung bench.
const LENGTH = 300_000;
const MAX_RATIO = 3;

/**
 * Median CPU time of each piece of work, in alternating rounds, in ms. CPU time rather than wall time: on
 * a machine shared with other work, wall time also counts the turns the others take, and a ratio of two
 * such times says more about the machine than about the engine.
 */
function cpuTimes(runs: ReadonlyArray<() => unknown>, { warmup = 2, rounds = 9 } = {}): number[] {
  const samples = runs.map((): number[] => []);
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < runs.length; k++) {
      const before = process.cpuUsage();
      (runs[k] as () => unknown)();
      const used = process.cpuUsage(before);
      if (round >= 0) samples[k]?.push((used.user + used.system) / 1000);
    }
  }
  return samples.map(median);
}

// What a text made the engine find: where a case takes longer than the report, it often finds far more.
const found = (analysis: Analysis) => `${analysis.targets.length} targets, ${analysis.agencies.length} agencies`;

const bench: Bench = {
  name: 'hostile',
  run() {
    const { texts, source } = reportTexts();
    const report = longReport(texts, LENGTH).slice(0, LENGTH);
    console.log(
      `hostile: analyze() on ${HOSTILE_CASES.length} shapes of hostile text of ${LENGTH.toLocaleString('en')} characters (CPU time), each against the dev reports repeated to the same length (${source})`,
    );
    const realFound = found(analyze(report));
    console.log(`  (the report: ${realFound})`);
    let worst = 0;
    for (const shape of HOSTILE_CASES) {
      const text = shape.build(LENGTH, report);
      const same = report.slice(0, text.length);
      let error: string | undefined;
      const run = () => {
        try {
          return analyze(text);
        } catch (e) {
          error = (e as Error).message;
        }
      };
      // Each pair timed in alternating rounds: the ratio compares two moments of the same machine.
      const [ms, realMs] = cpuTimes([run, () => analyze(same)]) as [number, number];
      const ratio = ms / realMs;
      worst = Math.max(worst, error === undefined ? ratio : Number.POSITIVE_INFINITY);
      const answer =
        error === undefined ? `${formatRatio(ms, realMs).padStart(7)}  ${found(analyze(text))}` : `ERROR ${error}`;
      console.log(`  ${shape.name.padEnd(48)} ${formatMs(ms).padStart(9)} ${answer}`);
    }
    const worstText = worst === Number.POSITIVE_INFINITY ? 'an error' : `${worst.toFixed(2)}×`;
    console.log(
      `  worst: ${worstText} the report: ${verdict(worst <= MAX_RATIO, `every case answered, ≤ ${MAX_RATIO}×`)}`,
    );
  },
};

export default bench;
