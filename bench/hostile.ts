import { type Analysis, analyze } from '../analysis/index';
import { HOSTILE_CASES } from './hostile-cases';
import { type Bench, formatMs, formatRatio, verdict } from './measure';
import { longReport, reportTexts } from './report-text';

// Long enough for an unpunctuated line of hundreds of thousands of characters, short enough that a case
// that is still square in its length shows as hundreds of times the report, not as a hung bench.
const LENGTH = 300_000;
const MAX_RATIO = 3;

/**
 * The least CPU time each piece of work took, in ms, over alternating rounds. CPU time: on a machine shared
 * with other work, wall time also counts the turns the others take. The least: a run that pays for the
 * garbage the one before it left (a case that finds 100,000 targets leaves plenty) or for a collection
 * of the whole heap says nothing about its own text. Forcing a collection before each run is no cure:
 * the run after it comes out three to four times slower than usual, whatever it reads.
 */
function times(runs: ReadonlyArray<() => unknown>, { warmup = 2, rounds = 11 } = {}): number[] {
  const least = runs.map(() => Number.POSITIVE_INFINITY);
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < runs.length; k++) {
      const before = process.cpuUsage();
      (runs[k] as () => unknown)();
      const used = process.cpuUsage(before);
      if (round >= 0) least[k] = Math.min(least[k] as number, (used.user + used.system) / 1000);
    }
  }
  return least;
}

// What a text made the engine find: where a case takes longer than the report, it often finds far more.
const findings = (analysis: Analysis) => ({
  count: analysis.targets.length + analysis.agencies.length,
  text: `${analysis.targets.length} targets, ${analysis.agencies.length} agencies`,
});

const bench: Bench = {
  name: 'hostile',
  run() {
    const { texts, source } = reportTexts();
    const report = longReport(texts, LENGTH).slice(0, LENGTH);
    console.log(
      `hostile: analyze() on ${HOSTILE_CASES.length} shapes of hostile text of ${LENGTH.toLocaleString('en')} characters (least CPU time of 11 runs), each against the dev reports repeated to the same length (${source})`,
    );
    console.log(
      `  ${'case'.padEnd(48)} ${'time'.padStart(9)} ${'×report'.padStart(8)} ${'×/finding'.padStart(10)}  found`,
    );
    let worst = 0;
    let worstPerFinding = 0;
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
      const [ms, realMs] = times([run, () => analyze(same)]) as [number, number];
      const ratio = ms / realMs;
      worst = Math.max(worst, error === undefined ? ratio : Number.POSITIVE_INFINITY);
      if (error !== undefined) {
        console.log(`  ${shape.name.padEnd(48)} ${formatMs(ms).padStart(9)} ERROR ${error}`);
        continue;
      }
      // Time per finding against the report's: where a case finds far more than a report does, the work of
      // handing over its findings, not of reading its text, sets its time.
      const mine = findings(analyze(text));
      const real = findings(analyze(same));
      const perFinding = ms / Math.max(1, mine.count) / (realMs / real.count);
      if (ratio > MAX_RATIO) worstPerFinding = Math.max(worstPerFinding, perFinding);
      console.log(
        `  ${shape.name.padEnd(48)} ${formatMs(ms).padStart(9)} ${formatRatio(ms, realMs).padStart(8)} ${(mine.count > 0 ? formatRatio(perFinding, 1) : '–').padStart(10)}  ${mine.text}`,
      );
    }
    console.log(`  the report: ${findings(analyze(report)).text}`);
    const worstText = worst === Number.POSITIVE_INFINITY ? 'an error' : `${worst.toFixed(2)}×`;
    console.log(
      `  worst: ${worstText} the report: ${verdict(worst <= MAX_RATIO, `every case answered, ≤ ${MAX_RATIO}×`)}`,
    );
    if (worstPerFinding > 0) {
      console.log(
        `  the cases over ${MAX_RATIO}× take at most ${worstPerFinding.toFixed(2)}× the report's time per target or agency found`,
      );
    }
  },
};

export default bench;
