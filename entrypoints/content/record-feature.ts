import type { PageFeature } from './page-pass';
import { onReportFound } from './report-found';
import { yieldToIdle } from './timing';

export interface RecordFeatureOptions {
  /** Records the page from here (the page analysed the text itself). */
  record?: typeof onReportFound;
  /** Once the page is recorded, by the background or from here. */
  onRecorded?: () => void;
  /** Waits until the page is idle (the legend laid out), so the background's write does not compete with its frames. */
  idle?: () => Promise<void>;
}

/** Records a report page in the pages table after every new analysis, once all its highlights are in. */
export function recordFeature({
  record = onReportFound,
  onRecorded,
  idle = yieldToIdle,
}: RecordFeatureOptions = {}): PageFeature {
  return {
    name: 'page record',
    async init(pass, signal) {
      if (pass.cause !== 'analysis' || !pass.report?.isReport || !pass.main) return;
      await pass.done;
      if (signal.aborted) return;
      // The background that analysed the text stored the record, or stores it when asked: nothing to build or
      // send here. Asked once the page is idle, so its work (naming indicators, a ~250 kB write) does not run
      // beside the highlighting or the legend's first frames (issue 11).
      if (pass.recorded) {
        onRecorded?.();
        return;
      }
      if (pass.recordLater) {
        await idle();
        if (signal.aborted) return;
        if (await pass.recordLater()) {
          if (!signal.aborted) onRecorded?.();
          return;
        }
      }
      const analysis = await pass.analysis();
      if (analysis && !signal.aborted) record(analysis, pass.main, { onRecorded });
    },
  };
}
