import type { Analysis } from '../../analysis/types';
import type { MainText } from '../../utils/main-text';
import { messagingNotesApi, type NotesApi } from './notes/notes-api';
import { pageRecordOf } from './page-record';

export interface ReportFoundDeps {
  api?: Pick<NotesApi, 'recordPage'>;
  url?: string;
  title?: string;
  /** Once the page is recorded: what needs the stored record (last year's goals for the card) may ask. */
  onRecorded?: () => Promise<void> | void;
}

/**
 * Called after every pass that found a report, once its highlights are on the page: records the page in
 * the pages table (through the background; never Dexie here) for the library's targets table. Only report
 * pages are recorded, never other browsing. `main.text` and its offsets are what the engine analysed.
 */
export function onReportFound(analysis: Analysis, main: MainText, deps: ReportFoundDeps = {}): void {
  if (!analysis.isReport) return;
  const api = deps.api ?? messagingNotesApi();
  const record = pageRecordOf(analysis, main.text, {
    url: deps.url ?? location.href,
    title: deps.title ?? document.title,
  });
  api
    .recordPage(record)
    .then(() => deps.onRecorded?.())
    .catch((error) => console.error('GovMark: recording the report page failed', error));
}
