import type { Annotation, PageRecord, TargetRow } from './types';

/** A row of the library's targets table: the target, its page, and the reader's notes on that passage. */
export interface TargetRowWithNotes extends TargetRow {
  url: string;
  title: string;
  reportKey: string;
  /** Non-empty note texts of the annotations overlapping the target, in reading order. */
  notes: string[];
  /** Tags of those annotations, each once, in order of first appearance. */
  tags: string[];
  /** Ids of those annotations, so the table can open them. */
  annotationIds: string[];
}

/**
 * One row per target of every page, grouped by report key (in order of first appearance) so a report
 * printed over several newspaper pages reads as one table; within a page, targets in text order.
 * An annotation belongs to a target when it is on the same URL and its [start, end) overlaps the target's.
 */
export function joinTargetsWithNotes(
  pages: readonly PageRecord[],
  annotations: readonly Annotation[],
): TargetRowWithNotes[] {
  const byUrl = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (!a.position) continue;
    const list = byUrl.get(a.url) ?? [];
    list.push(a);
    byUrl.set(a.url, list);
  }
  for (const list of byUrl.values()) {
    list.sort((x, y) => (x.position?.start ?? 0) - (y.position?.start ?? 0) || x.created - y.created);
  }

  const reportOrder = new Map<string, number>();
  for (const page of pages) if (!reportOrder.has(page.reportKey)) reportOrder.set(page.reportKey, reportOrder.size);
  const ordered = pages
    .map((page, index) => ({ page, index }))
    .sort(
      (x, y) =>
        (reportOrder.get(x.page.reportKey) ?? 0) - (reportOrder.get(y.page.reportKey) ?? 0) || x.index - y.index,
    );

  const rows: TargetRowWithNotes[] = [];
  for (const { page } of ordered) {
    const onPage = byUrl.get(page.url) ?? [];
    for (const target of [...page.targets].sort((x, y) => x.start - y.start)) {
      const overlapping = onPage.filter(
        (a) => a.position && a.position.start < target.end && target.start < a.position.end,
      );
      rows.push({
        ...target,
        url: page.url,
        title: page.title,
        reportKey: page.reportKey,
        notes: overlapping.map((a) => a.note).filter((note) => note !== ''),
        tags: [...new Set(overlapping.flatMap((a) => a.tags))],
        annotationIds: overlapping.map((a) => a.id),
      });
    }
  }
  return rows;
}
