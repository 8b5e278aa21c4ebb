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
  for (const report of reports.values()) report.rows = withoutCopies(report.rows);
  return [...reports.values()];
}

/**
 * A report read at several addresses (the full text, a GBK copy, an excerpt) gives the same target once per
 * page: one row is kept, the first page's, with the notes, tags and annotations of every copy. Rows of one
 * page are never merged (a report may repeat itself), nor rows whose sentences differ (a report printed
 * over several newspaper pages has its own targets on each).
 */
function withoutCopies(rows: readonly TargetRowWithNotes[]): TargetRowWithNotes[] {
  const kept = new Map<string, TargetRowWithNotes[]>();
  // The pages each kept row already took a copy from: one row of each page at most joins it.
  const pagesOf = new Map<TargetRowWithNotes, Set<string>>();
  const out: TargetRowWithNotes[] = [];
  for (const row of rows) {
    const key = `${row.kind}\u0000${row.text}\u0000${row.sentence}`;
    const same = kept.get(key) ?? [];
    const original = same.find((r) => !pagesOf.get(r)?.has(row.url));
    if (!original) {
      const own = { ...row };
      out.push(own);
      kept.set(key, [...same, own]);
      pagesOf.set(own, new Set([row.url]));
      continue;
    }
    pagesOf.get(original)?.add(row.url);
    original.notes = [...original.notes, ...row.notes];
    original.tags = [...new Set([...original.tags, ...row.tags])];
    original.annotationIds = [...original.annotationIds, ...row.annotationIds];
  }
  return out;
}
