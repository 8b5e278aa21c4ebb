import { joinTargetsWithNotes, type TargetRowWithNotes } from '../../storage/join-targets-with-notes';
import type { Annotation, PageRecord } from '../../storage/types';

/** One report's targets table: its pages (one or several newspaper pages) and their targets with notes. */
export interface ReportTargets {
  reportKey: string;
  title: string;
  pageCount: number;
  rows: TargetRowWithNotes[];
}

/**
 * One table per report key, reports in the order their pages were last seen (newest first, as listPages
 * gives them); within a report, pages by URL, which is the printing order on newspaper sites (…/07, …/08).
 */
export function targetsByReport(pages: readonly PageRecord[], annotations: readonly Annotation[]): ReportTargets[] {
  const reports = new Map<string, ReportTargets>();
  const byUrl = (a: PageRecord, b: PageRecord) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  const ordered = [...pages].sort(byUrl);
  for (const page of pages) {
    const report = reports.get(page.reportKey);
    if (report) report.pageCount++;
    else reports.set(page.reportKey, { reportKey: page.reportKey, title: page.title, pageCount: 1, rows: [] });
  }
  for (const row of joinTargetsWithNotes(ordered, annotations)) reports.get(row.reportKey)?.rows.push(row);
  return [...reports.values()];
}
