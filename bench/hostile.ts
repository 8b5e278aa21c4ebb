import { analyze } from '../analysis/index';
import { HOSTILE_CASES } from './hostile-cases';
import { type Bench, formatMs, formatRatio, interleave, type Timing, verdict } from './measure';
import { longReport, reportTexts } from './report-text';

// Long enough for an unpunctuated line of hundreds of thousands of characters, short enough that a case
// that is still square in its length shows as hundreds of times the report, not as a hung bench.
const LENGTH = 300_000;
const MAX_RATIO = 3;

const bench: Bench = {
  name: 'hostile',
  run() {
    const { texts, source } = reportTexts();
    const report = longReport(texts, LENGTH).slice(0, LENGTH);
    console.log(
      `hostile: analyze() on ${HOSTILE_CASES.length} shapes of hostile text of ${LENGTH.toLocaleString('en')} characters, each against the dev reports repeated to the same length (${source})`,
    );
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
      const [hostile, real] = interleave([{ run }, { run: () => analyze(same) }], { warmup: 2, rounds: 7 });
      const ms = (hostile as Timing).median;
      const ratio = ms / (real as Timing).median;
      worst = Math.max(worst, error === undefined ? ratio : Number.POSITIVE_INFINITY);
      const answer = error === undefined ? formatRatio(ms, (real as Timing).median) : `ERROR ${error}`;
      console.log(`  ${shape.name.padEnd(48)} ${formatMs(ms).padStart(9)}  ${answer}`);
    }
    console.log(
      `  worst: ${worst === Number.POSITIVE_INFINITY ? 'an error' : `${worst.toFixed(2)}×`} the report: ${verdict(worst <= MAX_RATIO, `every case answered, ≤ ${MAX_RATIO}×`)}`,
    );
  },
};

export default bench;
