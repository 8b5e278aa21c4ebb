import type { PageFeature } from './page-pass';
import { onReportFound } from './report-found';

export interface RecordFeatureOptions {
  /** Records the page from here (the page analysed the text itself). */
  record?: typeof onReportFound;
  /** Once the page is recorded, by the background or from here. */
  onRecorded?: () => void;
}

/** Records a report page in the pages table after every new analysis, once all its highlights are in. */
export function recordFeature({ record = onReportFound, onRecorded }: RecordFeatureOptions = {}): PageFeature {
  return {
    name: 'page record',
    async init(pass, signal) {
      if (pass.cause !== 'analysis' || !pass.report?.isReport || !pass.main) return;
      await pass.done;
      if (signal.aborted) return;
      // The background that analysed the text stores the record: nothing to build or send here. Asked only
      // now, so its work (naming indicators, the write) does not run beside the highlighting (issue 11).
      if (pass.recorded) onRecorded?.();
      else if (pass.recordLater && (await pass.recordLater())) {
        if (!signal.aborted) onRecorded?.();
      } else {
        const analysis = await pass.analysis();
        if (analysis && !signal.aborted) record(analysis, pass.main, { onRecorded });
      }
    },
  };
}
