import type { PageFeature } from './page-pass';
import { onReportFound } from './report-found';

/** Records a report page in the pages table after every new analysis, once all its highlights are in. */
export function recordFeature(record: typeof onReportFound = onReportFound): PageFeature {
  return {
    name: 'page record',
    async init(pass, signal) {
      if (pass.cause !== 'analysis' || !pass.analysis?.isReport || !pass.main) return;
      await pass.done;
      if (!signal.aborted) record(pass.analysis, pass.main);
    },
  };
}
